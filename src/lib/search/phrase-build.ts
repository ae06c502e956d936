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

/** The built index: the page list (page number = place) and the chunks, in key order. */
export interface BuiltIndex {
  pages: PageInfo[];
  chunks: Array<{ first: string; bytes: Uint8Array }>;
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

/** One key's postings as varints: page gaps, and for pairs each page's position gaps. */
function encodePostings(pages: Map<number, number[]>, withPositions: boolean): Uint8Array {
  const out = new ByteWriter();
  const ids = [...pages.keys()].sort((a, b) => a - b);
  out.uint(ids.length);
  let previous = 0;
  for (const id of ids) {
    out.uint(id - previous);
    previous = id;
    if (!withPositions) continue;
    const positions = pages.get(id)!;
    out.uint(positions.length);
    let last = 0;
    for (const position of positions) {
      out.uint(position - last);
      last = position;
    }
  }
  return out.finish();
}

/** Builds the index of `sources`: pages numbered newest first, keys cut into chunks of about `chunkBytes`. */
export function buildPhraseIndex(sources: PageSource[], chunkBytes = CHUNK_BYTES): BuiltIndex {
  const ordered = [...sources].sort((a, b) => b.sort - a.sort || a.info.url.localeCompare(b.info.url));
  const keys = collect(ordered.map((source) => Array.from(phraseKey(source.text))));
  const encoder = new TextEncoder();
  const chunks: BuiltIndex['chunks'] = [];
  let writer = new ByteWriter();
  let first = '';
  for (const key of [...keys.keys()].sort()) {
    if (writer.length >= chunkBytes) {
      chunks.push({ first, bytes: writer.finish() });
      writer = new ByteWriter();
    }
    if (writer.length === 0) first = key;
    const name = encoder.encode(key);
    const postings = encodePostings(keys.get(key)!, Array.from(key).length === 2);
    writer.uint(name.length);
    writer.bytes(name);
    writer.uint(postings.length);
    writer.bytes(postings);
  }
  if (writer.length > 0) chunks.push({ first, bytes: writer.finish() });
  return { pages: ordered.map((source) => source.info), chunks };
}
