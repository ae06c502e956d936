/**
 * The phrase index's file format, shared by the build (phrase-build.ts) and the browser
 * (phrase-search.ts). Keys are one character (which pages hold it) or two (which pages hold the pair,
 * and where), taken from each page's indexed text as the phrase check sees it: whitespace, punctuation
 * and letter case ignored. A phrase is on a page exactly when pairs covering it sit at consecutive
 * positions, so the index answers "which pages hold this phrase" without any page's text.
 *
 * Files: `index.json` (the entry: page list file and chunk list), `pages-<hash>.bin` (what a result
 * shows before its fragment loads, and its filters), and per chunk of keys (in sorted order, about
 * {@link CHUNK_BYTES} of page sets before compression) `sets-<hash>.bin` (each key's pages) and
 * `pos-<hash>.bin` (each pair's positions on those pages), all gzip-compressed. The page sets are
 * about a tenth of the index: stored up front, they let offline search find every page; the positions
 * make the phrase check exact wherever they can be fetched.
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
  /** Each chunk's first key and files (page sets, pair positions), in key order. */
  chunks: Array<[first: string, sets: string, positions: string]>;
  /** Every filter's values, most used first: the search page offers them. */
  filters: Record<string, string[]>;
}

/** What a Pagefind fragment holds (the parts this site reads). */
export interface Fragment {
  url: string;
  content: string;
  filters?: Record<string, string[]>;
  meta?: Record<string, string | undefined>;
}

/** Pagefind's fragments start with this signature once decompressed. */
const SIGNATURE = 'pagefind_dcd';

/** A Pagefind fragment from its decompressed text (the build and the browser read them alike). */
export function parseFragment(raw: string): Fragment {
  return JSON.parse(raw.startsWith(SIGNATURE) ? raw.slice(SIGNATURE.length) : raw) as Fragment;
}

/** Pagefind joins a page's words with zero-width spaces in Chinese text; the phrase check ignores them. */
export function fragmentText(content: string): string {
  return content.replace(/\u200b/g, '');
}
