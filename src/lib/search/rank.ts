/**
 * Ranking search results so that pages holding the query as an exact phrase come first.
 *
 * Pagefind segments Chinese into words, in the index and again in the browser, and the two do not always
 * agree: a quoted query such as "精特新" can find nothing although four pages hold it, while the plain
 * query finds every page that holds the characters, in a loose order. So both are asked; their union is
 * the candidate set (full recall), and each candidate's indexed text decides whether it holds the phrase.
 * Pure: the engine is passed in (Pagefind in the browser, a fake in the unit tests).
 */
import { phraseKey } from './query.ts';
import { stripForCompare } from '../text/han.ts';

/** What the engine returns for one page once its fragment is loaded (a subset of Pagefind's data). */
export interface ResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the words it matched. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One hit before its fragment is loaded: cheap to hold, `data()` fetches the page's fragment. */
export interface EngineResult {
  id: string;
  data(): Promise<ResultData>;
}

/** Filters as Pagefind takes them: `{ year: ['2023'], topic: ['专精特新'] }`. */
export type Filters = Record<string, string[]>;

/** The part of Pagefind's JS API the ranking uses. */
export interface SearchEngine {
  search(term: string, options?: { filters?: Filters }): Promise<{ results: EngineResult[] } | null>;
}

/**
 * A ranked page and whether it holds the query as a phrase. `data` is loaded for every checked page; the
 * unchecked tail of a very long list (see `verifyLimit`) has `data: null` and loads it with `load()`.
 */
export interface RankedResult {
  id: string;
  data: ResultData | null;
  exact: boolean;
  load(): Promise<ResultData>;
}

/** Options for {@link rankResults}. */
export interface RankOptions {
  filters?: Filters;
  /**
   * Most candidates whose text is loaded to check for the phrase. Beyond it (only for queries that match
   * hundreds of pages) the rest are still returned, unloaded, in Pagefind's order, with Pagefind's own
   * phrase match deciding which come first. Default 400.
   */
  verifyLimit?: number;
  /** How many fragments to load at once. Default 16. */
  concurrency?: number;
}

/** True when `content` holds `query` as a phrase, whitespace, punctuation and letter case ignored. */
export function holdsPhrase(content: string, query: string): boolean {
  const key = phraseKey(query);
  return key.length > 0 && stripForCompare(content).toLowerCase().includes(key);
}

/** Loads `items` through `load`, `concurrency` at a time, keeping their order. */
async function mapLimited<T, R>(
  items: T[],
  concurrency: number,
  load: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await load(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/**
 * Searches `engine` for `query` (already normalised) and ranks the pages: exact-phrase pages first, then
 * the others, each group in Pagefind's order, every page once. Returns null when a newer search
 * superseded this one (Pagefind's debounced search does that).
 */
export async function rankResults(
  engine: SearchEngine,
  query: string,
  options: RankOptions = {},
): Promise<RankedResult[] | null> {
  const { filters, verifyLimit = 400, concurrency = 16 } = options;
  const searchOptions = filters ? { filters } : {};
  const [quoted, plain] = await Promise.all([
    engine.search(`"${query}"`, searchOptions),
    engine.search(query, searchOptions),
  ]);
  if (!quoted || !plain) return null;

  // Pagefind's phrase hits first: when the list is longer than verifyLimit, they are the likely exact ones.
  const phraseIds = new Set(quoted.results.map((result) => result.id));
  const candidates: EngineResult[] = [];
  const seen = new Set<string>();
  for (const result of [...quoted.results, ...plain.results]) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    candidates.push(result);
  }

  const verified = candidates.slice(0, verifyLimit);
  const loaded = await mapLimited(verified, concurrency, async (result): Promise<RankedResult> => {
    const data = await result.data();
    return { id: result.id, data, exact: holdsPhrase(data.content, query), load: async () => data };
  });
  const unverified = candidates.slice(verifyLimit).map((result): RankedResult => ({
    id: result.id,
    data: null,
    exact: phraseIds.has(result.id),
    load: () => result.data(),
  }));
  const all = [...loaded, ...unverified];
  return [...all.filter((result) => result.exact), ...all.filter((result) => !result.exact)];
}
