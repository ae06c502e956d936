/**
 * Answering a query from the phrase index (format in phrase-format.ts): which pages hold the query as
 * an exact phrase, and which hold all its characters apart. Only the chunks holding the query's keys
 * are fetched (a few kB each, whatever the size of the archive); no page text is needed to decide.
 * Pure: files are fetched through the loader passed in (fetch in the browser, the file system in tests).
 */
import type { PageInfo, PhraseEntry } from './phrase-format.ts';
import { phraseKey } from './query.ts';
import { ByteReader } from './varint.ts';

/** Filters as the URL gives them: `{ year: ['2023'], kind: ['报道'] }`; a page must match each. */
export type Filters = Record<string, string[]>;

/** Where the index's files come from: the entry, the page list and chunks, decompressed. */
export interface PhraseLoader {
  entry(): Promise<PhraseEntry>;
  pages(file: string): Promise<PageInfo[]>;
  chunk(file: string): Promise<Uint8Array>;
}

/** A page found for a query, in rank order. */
export interface PhraseMatch {
  /** The page's number in the index (newest first). */
  id: number;
  page: PageInfo;
  /** True when the page holds the query as a phrase; false when it holds its characters apart. */
  exact: boolean;
}

/** At most this many distinct characters of a query decide the partial matches. */
const PARTIAL_CHARS = 8;

/** Splits a chunk into its keys and their encoded postings. */
function parseChunk(bytes: Uint8Array): Map<string, Uint8Array> {
  const reader = new ByteReader(bytes);
  const decoder = new TextDecoder();
  const keys = new Map<string, Uint8Array>();
  while (!reader.done) {
    const key = decoder.decode(reader.take(reader.uint()));
    keys.set(key, reader.take(reader.uint()));
  }
  return keys;
}

/** A pair's postings: page → positions. */
function readPositions(bytes: Uint8Array): Map<number, number[]> {
  const reader = new ByteReader(bytes);
  const pages = new Map<number, number[]>();
  let page = 0;
  for (let count = reader.uint(); count > 0; count--) {
    page += reader.uint();
    const positions: number[] = [];
    let position = 0;
    for (let n = reader.uint(); n > 0; n--) positions.push((position += reader.uint()));
    pages.set(page, positions);
  }
  return pages;
}

/** A character's postings: the pages holding it. */
function readPages(bytes: Uint8Array): Set<number> {
  const reader = new ByteReader(bytes);
  const pages = new Set<number>();
  let page = 0;
  for (let count = reader.uint(); count > 0; count--) pages.add((page += reader.uint()));
  return pages;
}

/**
 * Offsets of pairs that cover every character of a phrase of `length` characters (0, 2, 4… and the
 * last pair): the phrase is at `s` exactly when each of these pairs is at `s + offset`.
 */
export function coveringOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset + 1 < length; offset += 2) offsets.push(offset);
  if (length >= 2 && offsets.at(-1) !== length - 2) offsets.push(length - 2);
  return offsets;
}

/** How many times the pairs sit at consecutive offsets on one page (0: the page lacks the phrase). */
function countPhrase(pairs: Array<{ offset: number; positions: number[] }>): number {
  const [first, ...rest] = pairs;
  if (!first) return 0;
  const sets = rest.map((pair) => ({ offset: pair.offset, at: new Set(pair.positions) }));
  let count = 0;
  for (const position of first.positions) {
    const start = position - first.offset;
    if (sets.every((pair) => pair.at.has(start + pair.offset))) count++;
  }
  return count;
}

/** True when `page` has one of the wanted values of every filter. */
export function passes(page: PageInfo, filters: Filters | undefined): boolean {
  if (!filters) return true;
  return Object.entries(filters).every(
    ([name, wanted]) => wanted.length === 0 || wanted.some((value) => page.filters[name]?.includes(value)),
  );
}

/** The phrase index of a built site, opened through a loader; chunks are fetched once and kept. */
export class PhraseIndex {
  readonly #chunks = new Map<string, Promise<Map<string, Uint8Array>>>();
  /** Decoded postings by their bytes, so that typing a longer query does not decode them again. */
  readonly #decodedCache = new WeakMap<Uint8Array, unknown>();

  readonly entry: PhraseEntry;
  readonly pages: PageInfo[];
  readonly loader: PhraseLoader;

  private constructor(entry: PhraseEntry, pages: PageInfo[], loader: PhraseLoader) {
    this.entry = entry;
    this.pages = pages;
    this.loader = loader;
  }

  /** Fetches the entry and the page list. */
  static async open(loader: PhraseLoader): Promise<PhraseIndex> {
    const entry = await loader.entry();
    return new PhraseIndex(entry, await loader.pages(entry.pages), loader);
  }

  /** `bytes` decoded by `read`, once; `empty` when there are none. */
  #decoded<T>(bytes: Uint8Array | undefined, read: (bytes: Uint8Array) => T, empty: T): T {
    if (!bytes) return empty;
    if (!this.#decodedCache.has(bytes)) this.#decodedCache.set(bytes, read(bytes));
    return this.#decodedCache.get(bytes) as T;
  }

  /** The chunk file that holds `key`, if any chunk could. */
  #chunkFor(key: string): string | undefined {
    const chunks = this.entry.chunks;
    let low = 0;
    let high = chunks.length - 1;
    let found: string | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [first, file] = chunks[middle]!;
      if (first <= key) {
        found = file;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /** The encoded postings of `key`, or undefined when no page holds it. */
  async postings(key: string): Promise<Uint8Array | undefined> {
    const file = this.#chunkFor(key);
    if (!file) return undefined;
    let chunk = this.#chunks.get(file);
    if (!chunk) {
      chunk = this.loader.chunk(file).then(parseChunk);
      this.#chunks.set(file, chunk);
      // A failed fetch (offline, index not saved) is tried again by the next query.
      chunk.catch(() => this.#chunks.delete(file));
    }
    return (await chunk).get(key);
  }

  /**
   * The pages for `query` (normalised already): pages holding it as a phrase first (title hits, then
   * most occurrences, then newest), then, for a query with Chinese characters, pages holding all its
   * characters apart (most of its pairs, then newest). Only pages passing `filters`.
   */
  async find(query: string, filters?: Filters): Promise<PhraseMatch[]> {
    const chars = Array.from(phraseKey(query));
    if (chars.length === 0) return [];
    const offsets = coveringOffsets(chars.length);
    const distinct = [...new Set(chars)].slice(0, PARTIAL_CHARS);
    const [charPostings, pairPostings] = await Promise.all([
      Promise.all(distinct.map((char) => this.postings(char))),
      Promise.all(offsets.map((offset) => this.postings(chars[offset]! + chars[offset + 1]!))),
    ]);
    // Characters apart mean something in Chinese (专精…特新); digits and letters apart are noise.
    const partialWanted = /\p{Script=Han}/u.test(query);
    const holdingAll = intersect(charPostings.map((bytes) => this.#decoded(bytes, readPages, new Set())));
    const pairs = pairPostings.map((bytes, index) => ({
      offset: offsets[index]!,
      pages: this.#decoded(bytes, readPositions, new Map()),
    }));
    const key = chars.join('');
    const exact: Array<{ id: number; title: boolean; count: number }> = [];
    const partial: Array<{ id: number; pairs: number }> = [];
    for (const id of holdingAll) {
      const page = this.pages[id];
      if (!page || !passes(page, filters)) continue;
      const held = pairs.filter((pair) => pair.pages.has(id));
      const count =
        chars.length === 1
          ? 1
          : held.length === pairs.length
            ? countPhrase(held.map((pair) => ({ offset: pair.offset, positions: pair.pages.get(id)! })))
            : 0;
      if (count > 0) exact.push({ id, title: phraseKey(page.title).includes(key), count });
      else if (partialWanted) partial.push({ id, pairs: held.length });
    }
    exact.sort((a, b) => Number(b.title) - Number(a.title) || b.count - a.count || a.id - b.id);
    partial.sort((a, b) => b.pairs - a.pairs || a.id - b.id);
    return [
      ...exact.map(({ id }) => ({ id, page: this.pages[id]!, exact: true })),
      ...partial.map(({ id }) => ({ id, page: this.pages[id]!, exact: false })),
    ];
  }
}

/** The members common to every set (none for no sets). */
function intersect(sets: Array<Set<number>>): number[] {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return [];
  return [...smallest].filter((id) => others.every((set) => set.has(id))).sort((a, b) => a - b);
}
