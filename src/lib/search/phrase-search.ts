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
  /**
   * A page's indexed text when it can be had without the positions (offline: a saved copy of the page
   * or its fragment), to check a phrase whose positions were never stored; undefined when it cannot.
   */
  text?(page: PageInfo): Promise<string | undefined>;
}

/** A page found for a query, in rank order. */
export interface PhraseMatch {
  /** The page's number in the index (newest first). */
  id: number;
  page: PageInfo;
  /** True when the page holds the query as a phrase; false when it holds its characters apart. */
  exact: boolean;
  /**
   * False for a page listed with the exact matches without being checked: offline, when neither the
   * phrase's positions nor the page's text are stored, a page holding all the phrase's pairs may hold
   * it. Such pages come after the checked exact matches and before the partial ones.
   */
  checked: boolean;
}

/** At most this many distinct characters of a query decide the partial matches. */
const PARTIAL_CHARS = 8;

/** Offline checks of a phrase against stored page texts run this many at a time. */
const TEXT_CHECKS_AT_ONCE = 8;

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

/** A pair's positions block: page → positions, for the pages of its page set (in order). */
function readPositions(bytes: Uint8Array, ids: number[]): Map<number, number[]> {
  const reader = new ByteReader(bytes);
  const pages = new Map<number, number[]>();
  for (const id of ids) pages.set(id, reader.gaps());
  return pages;
}

/** A key's page set, in page order. */
function readPages(bytes: Uint8Array): number[] {
  return new ByteReader(bytes).gaps();
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

/** True when the sorted `values` hold `value` (binary search). */
function holds(values: number[], value: number): boolean {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = values[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** How many times `key` occurs in `text` (normalised as the index is), overlapping occurrences too. */
export function countIn(text: string, key: string): number {
  const chars = phraseKey(text);
  let count = 0;
  for (let at = chars.indexOf(key); at >= 0; at = chars.indexOf(key, at + 1)) count++;
  return count;
}

/** How many times the pairs sit at consecutive offsets on one page (0: the page lacks the phrase). */
function countPhrase(pairs: Array<{ offset: number; positions: number[] }>): number {
  // Start from the pair with the fewest positions; positions are sorted, so each check is a binary search.
  const [first, ...rest] = [...pairs].sort((a, b) => a.positions.length - b.positions.length);
  if (!first) return 0;
  let count = 0;
  for (const position of first.positions) {
    const start = position - first.offset;
    if (rest.every((pair) => holds(pair.positions, start + pair.offset))) count++;
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
  readonly loader: PhraseLoader;
  /** The page list; filled once `#pagesLoaded` resolves. */
  pages: PageInfo[] = [];
  readonly #pagesLoaded: Promise<void>;

  private constructor(entry: PhraseEntry, loader: PhraseLoader) {
    this.entry = entry;
    this.loader = loader;
    this.#pagesLoaded = loader.pages(entry.pages).then((pages) => void (this.pages = pages));
  }

  /**
   * Fetches the entry, and starts fetching the page list: a first query fetches it alongside its
   * chunks, not before them. Fails when the entry or the page list cannot be fetched.
   */
  static async open(loader: PhraseLoader): Promise<PhraseIndex> {
    const index = new PhraseIndex(await loader.entry(), loader);
    // Surfaces a failed page list here rather than as an unhandled rejection.
    index.#pagesLoaded.catch(() => undefined);
    return index;
  }

  /** Resolves once the page list is loaded (rejects when it cannot be). */
  ready(): Promise<void> {
    return this.#pagesLoaded;
  }

  readonly #titleKeys: string[] = [];

  /** A page's title as the phrase check sees it, computed once. */
  #titleKey(id: number): string {
    return (this.#titleKeys[id] ??= phraseKey(this.pages[id]?.title ?? ''));
  }

  /** `bytes` decoded by `read`, once; `empty` when there are none. */
  #decoded<T>(bytes: Uint8Array | undefined, read: (bytes: Uint8Array) => T, empty: T): T {
    if (!bytes) return empty;
    if (!this.#decodedCache.has(bytes)) this.#decodedCache.set(bytes, read(bytes));
    return this.#decodedCache.get(bytes) as T;
  }

  /** The chunk that holds `key`, if any chunk could: its page-set and positions files. */
  #chunkFor(key: string): [sets: string, positions: string] | undefined {
    const chunks = this.entry.chunks;
    let low = 0;
    let high = chunks.length - 1;
    let found: [string, string] | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [first, sets, positions] = chunks[middle]!;
      if (first <= key) {
        found = [sets, positions];
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /** The pages holding `key` (sorted), or none. */
  async pagesOf(key: string): Promise<number[]> {
    const bytes = await this.#entry(this.#chunkFor(key)?.[0], key);
    return this.#decoded(bytes, readPages, []);
  }

  /** Where a pair is on each page holding it; throws when the positions cannot be fetched. */
  async positionsOf(pair: string, ids: number[]): Promise<Map<number, number[]>> {
    const bytes = await this.#entry(this.#chunkFor(pair)?.[1], pair);
    return this.#decoded(bytes, (data) => readPositions(data, ids), new Map());
  }

  /** The bytes stored under `key` in chunk file `file`. */
  async #entry(file: string | undefined, key: string): Promise<Uint8Array | undefined> {
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
    const pairKeys = offsets.map((offset) => chars[offset]! + chars[offset + 1]!);
    const distinct = [...new Set(chars)].slice(0, PARTIAL_CHARS);
    const [charPages, pairPages] = await Promise.all([
      Promise.all(distinct.map((char) => this.pagesOf(char))),
      Promise.all(pairKeys.map((pair) => this.pagesOf(pair))),
      this.#pagesLoaded,
    ]);
    const pairSets = pairPages.map((ids) => new Set(ids));
    const wanted = intersect(charPages.map((ids) => new Set(ids))).filter((id) => {
      const page = this.pages[id];
      return page !== undefined && passes(page, filters);
    });
    // Pages holding every covering pair; whether the pairs are in a row is decided by their positions.
    const candidates = wanted.filter((id) => pairSets.every((set) => set.has(id)));
    const key = chars.join('');
    const counts = await this.#phraseCounts(key, pairKeys, pairPages, offsets, candidates);
    // Characters apart mean something in Chinese (专精…特新); digits and letters apart are noise.
    const partialWanted = /\p{Script=Han}/u.test(query);
    const exact: Array<{ id: number; title: boolean; count: number }> = [];
    const unchecked: number[] = [];
    const partial: Array<{ id: number; pairs: number }> = [];
    for (const id of wanted) {
      const count = counts.get(id);
      if (count === null) unchecked.push(id);
      else if (count !== undefined && count > 0)
        exact.push({ id, title: this.#titleKey(id).includes(key), count });
      else if (partialWanted) partial.push({ id, pairs: pairSets.filter((set) => set.has(id)).length });
    }
    exact.sort((a, b) => Number(b.title) - Number(a.title) || b.count - a.count || a.id - b.id);
    partial.sort((a, b) => b.pairs - a.pairs || a.id - b.id);
    const match = (id: number, exact: boolean, checked = true) => ({
      id,
      page: this.pages[id]!,
      exact,
      checked,
    });
    return [
      ...exact.map(({ id }) => match(id, true)),
      ...unchecked.map((id) => match(id, true, false)),
      ...partial.map(({ id }) => match(id, false)),
    ];
  }

  /**
   * How often each candidate holds the phrase. One or two characters need no positions (the page sets
   * decide); longer phrases need the covering pairs' positions. Offline, when those were never stored,
   * each candidate is checked against its text where the loader has it; null for one that cannot be
   * checked (all of the phrase's pairs are on the page, so it is listed, unchecked: recall holds).
   */
  async #phraseCounts(
    key: string,
    pairKeys: string[],
    pairPages: number[][],
    offsets: number[],
    candidates: number[],
  ): Promise<Map<number, number | null>> {
    if (pairKeys.length <= 1 || candidates.length === 0) return new Map(candidates.map((id) => [id, 1]));
    let positions: Array<Map<number, number[]>>;
    try {
      positions = await Promise.all(pairKeys.map((pair, index) => this.positionsOf(pair, pairPages[index]!)));
    } catch {
      return this.#textCounts(key, candidates);
    }
    return new Map(
      candidates.map((id) => [
        id,
        countPhrase(
          positions.map((pages, index) => ({ offset: offsets[index]!, positions: pages.get(id) ?? [] })),
        ),
      ]),
    );
  }

  /** How often each candidate's text (from the loader, when it has it) holds `key`; null where it has none. */
  async #textCounts(key: string, candidates: number[]): Promise<Map<number, number | null>> {
    const counts = new Map<number, number | null>();
    const queue = [...candidates];
    const text = this.loader.text?.bind(this.loader);
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const page = text && (await text(this.pages[id]!).catch(() => undefined));
        counts.set(id, page === undefined ? null : countIn(page, key));
      }
    };
    await Promise.all(Array.from({ length: TEXT_CHECKS_AT_ONCE }, worker));
    return counts;
  }
}

/** The members common to every set (none for no sets). */
function intersect(sets: Array<Set<number>>): number[] {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return [];
  return [...smallest].filter((id) => others.every((set) => set.has(id))).sort((a, b) => a - b);
}
