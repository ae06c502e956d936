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

/** The part of Pagefind's JS API the ranking uses; a `null` term lists every page (within the filters). */
export interface SearchEngine {
  search(term: string | null, options?: { filters?: Filters }): Promise<{ results: EngineResult[] } | null>;
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
  /**
   * Most pages outside Pagefind's own results whose text is checked for the phrase (recall insurance,
   * see {@link recallTerms}); only those holding it are kept. Default 100.
   */
  recallLimit?: number;
  /** How many fragments to load at once. Default 16. */
  concurrency?: number;
}

/** At most this many of the query's characters are searched one by one for recall insurance. */
const RECALL_CHARS = 8;

/**
 * Searches that find pages Pagefind's own search can miss. Pagefind matches the start of words, so a
 * phrase cut mid-word at both ends (满智慧的, 略从产业) can be missed. A page holding the phrase holds each
 * of its characters and in practice starts a word with one of them, so the union of one search per
 * character covers it; a one-character query lists every page (`null`).
 */
export function recallTerms(query: string): Array<string | null> {
  const chars = [...new Set(Array.from(phraseKey(query)))];
  return chars.length > 1 ? chars.slice(0, RECALL_CHARS) : [null];
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
  const { filters, verifyLimit = 400, recallLimit = 100, concurrency = 16 } = options;
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
  const extra = await recallInsurance(engine, query, seen, searchOptions, recallLimit, concurrency);
  if (!extra) return null;
  const all = [...loaded, ...extra, ...unverified];
  return [...all.filter((result) => result.exact), ...all.filter((result) => !result.exact)];
}

/**
 * Pages outside `seen` that hold the phrase, found through {@link recallTerms}: the pages most of the
 * character searches found are checked first, at most `limit` of them.
 */
async function recallInsurance(
  engine: SearchEngine,
  query: string,
  seen: ReadonlySet<string>,
  searchOptions: { filters?: Filters },
  limit: number,
  concurrency: number,
): Promise<RankedResult[] | null> {
  const searches = await Promise.all(recallTerms(query).map((term) => engine.search(term, searchOptions)));
  if (searches.some((search) => !search)) return null;
  const votes = new Map<string, { result: EngineResult; count: number }>();
  for (const search of searches) {
    for (const result of search?.results ?? []) {
      if (seen.has(result.id)) continue;
      const vote = votes.get(result.id) ?? { result, count: 0 };
      vote.count++;
      votes.set(result.id, vote);
    }
  }
  const likely = [...votes.values()].sort((a, b) => b.count - a.count).slice(0, limit);
  const checked = await mapLimited(likely, concurrency, async ({ result }): Promise<RankedResult> => {
    const data = await result.data();
    return { id: result.id, data, exact: holdsPhrase(data.content, query), load: async () => data };
  });
  return checked.filter((result) => result.exact);
}
