/**
 * Building the phrase index (format in phrase-format.ts) from the pages' indexed text. Pure: the
 * integration reads Pagefind's fragments, passes them in, and writes the chunks this returns.
 */
import { CHUNK_BYTES, type PageInfo } from './phrase-format.ts';
import { phraseKey } from './query.ts';
import { ByteWriter } from './varint.ts';

/** A page to index: what results show, its sort date and its indexed text. */
export interface PageSource {
  info: PageInfo;
  /** Larger is newer; pages are numbered newest first so that ties in ranking list the newest first. */
  sort: number;
  text: string;
}

/**
 * The built index: the page list (page number = place) and the chunks, in key order. Each chunk is two
 * files: the page sets of its keys (small: stored up front for offline search) and the positions of
 * its pairs (about nine tenths of the index: fetched when a phrase must be checked).
 */
export interface BuiltIndex {
  pages: PageInfo[];
  chunks: Array<{ first: string; sets: Uint8Array; positions: Uint8Array }>;
}

/** `2023年6月26日` as 20230626, or the year alone, for ordering pages newest first. */
export function dateSortKey(date: string | undefined, year?: string): number {
  const match = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(date ?? '');
  if (match) return Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]);
  return year && /^\d{4}$/.test(year) ? Number(year) * 10_000 : 0;
}

/** Postings of every key: for a pair, positions per page; for a character, the pages only. */
function collect(texts: string[][]): Map<string, Map<number, number[]>> {
  const keys = new Map<string, Map<number, number[]>>();
  const add = (key: string, page: number, position: number) => {
    let pages = keys.get(key);
    if (!pages) keys.set(key, (pages = new Map()));
    let positions = pages.get(page);
    if (!positions) pages.set(page, (positions = []));
    if (key.length > 0 && position >= 0) positions.push(position);
  };
  texts.forEach((chars, page) => {
    for (let index = 0; index < chars.length; index++) {
      const char = chars[index]!;
      add(char, page, -1);
      const next = chars[index + 1];
      if (next !== undefined) add(char + next, page, index);
    }
  });
  return keys;
}

/** The pages of one key's postings as varint gaps. */
function encodePages(ids: number[]): Uint8Array {
  const out = new ByteWriter();
  out.gaps(ids);
  return out.finish();
}

/** A pair's positions on each of its pages (in page order), as varint gaps. */
function encodePositions(ids: number[], pages: Map<number, number[]>): Uint8Array {
  const out = new ByteWriter();
  for (const id of ids) out.gaps(pages.get(id)!);
  return out.finish();
}

/** Appends `key` and `value` as length-prefixed byte runs. */
function writeEntry(writer: ByteWriter, key: Uint8Array, value: Uint8Array): void {
  writer.uint(key.length);
  writer.bytes(key);
  writer.uint(value.length);
  writer.bytes(value);
}

/**
 * Builds the index of `sources`: pages numbered newest first, keys cut into chunks of about
 * `chunkBytes` of page sets, each with the positions of its pairs in a file of its own.
 */
export function buildPhraseIndex(sources: PageSource[], chunkBytes = CHUNK_BYTES): BuiltIndex {
  const ordered = [...sources].sort((a, b) => b.sort - a.sort || a.info.url.localeCompare(b.info.url));
  const keys = collect(ordered.map((source) => Array.from(phraseKey(source.text))));
  const encoder = new TextEncoder();
  const chunks: BuiltIndex['chunks'] = [];
  let sets = new ByteWriter();
  let positions = new ByteWriter();
  let first = '';
  const flush = () => {
    if (sets.length > 0) chunks.push({ first, sets: sets.finish(), positions: positions.finish() });
    sets = new ByteWriter();
    positions = new ByteWriter();
  };
  for (const key of [...keys.keys()].sort()) {
    // Positions are most of the bytes: a chunk also ends when they reach four times the target.
    if (sets.length >= chunkBytes || positions.length >= chunkBytes * 4) flush();
    if (sets.length === 0) first = key;
    const pages = keys.get(key)!;
    const ids = [...pages.keys()].sort((a, b) => a - b);
    const name = encoder.encode(key);
    writeEntry(sets, name, encodePages(ids));
    if (Array.from(key).length === 2) writeEntry(positions, name, encodePositions(ids, pages));
  }
  flush();
  return { pages: ordered.map((source) => source.info), chunks };
}
