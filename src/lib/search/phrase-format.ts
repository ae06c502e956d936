/**
 * The phrase index's file format, shared by the build (phrase-build.ts) and the browser
 * (phrase-search.ts). Keys are one character (which pages hold it) or two (which pages hold the pair,
 * and where), taken from each page's indexed text as the phrase check sees it: whitespace, punctuation
 * and letter case ignored. A phrase is on a page exactly when pairs covering it sit at consecutive
 * positions, so the index answers "which pages hold this phrase" without any page's text.
 *
 * Files: `index.json` (the entry: page list file and chunk list), `pages-<hash>.json` (what a result
 * shows before its fragment loads, and its filters) and `chunk-<hash>.bin`, gzip-compressed runs of
 * keys in sorted order, each chunk about {@link CHUNK_BYTES} before compression.
 */

/** Folder of the phrase index in the built site. */
export const PHRASE_DIR = 'phrase-index';

/** The entry file, fetched first; unhashed, so that a new build's index is found. */
export const PHRASE_ENTRY = 'index.json';

/** Bytes of postings per chunk before compression: a few requests per query, a few kB each. */
export const CHUNK_BYTES = 24 * 1024;

/** A page as search results show it before its text is loaded. */
export interface PageInfo {
  /** Site-root URL as Pagefind gives it (`/reports/x/`), without the base path. */
  url: string;
  title: string;
  /** 2023年12月31日, when the page has a date. */
  date?: string;
  /** Kind label (指标…) shown in the result line. */
  label?: string;
  /** Pagefind's fragment file of the page, relative to the Pagefind folder: its text and anchors. */
  fragment: string;
  /** Filter values: `{ year: ['2023'], topic: […], kind: ['报道'] }`. */
  filters: Record<string, string[]>;
}

/** The entry file. Pages are numbered by their place in the page list, newest first. */
export interface PhraseEntry {
  version: 1;
  /** File name of the page list (JSON `PageInfo[]`). */
  pages: string;
  /** Each chunk's first key and file name, in key order. */
  chunks: Array<[first: string, file: string]>;
  /** Every filter's values, most used first: the search page offers them. */
  filters: Record<string, string[]>;
}

/** Pagefind joins a page's words with zero-width spaces in Chinese text; the phrase check ignores them. */
export function fragmentText(content: string): string {
  return content.replace(/\u200b/g, '');
}
