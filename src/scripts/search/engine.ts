/**
 * The search engine as the browser uses it: Pagefind's JS API plus query normalisation and phrase-first
 * ranking. Loaded only when a reader focuses a search box or opens /search/, never with a report page.
 */
import { href } from '../../consts.ts';
import { isSearchable, normaliseQuery } from '../../lib/search/query.ts';
import { rankResults, type Filters, type RankedResult, type SearchEngine } from '../../lib/search/rank.ts';
import { toSimplified } from '../../lib/search/simplified.ts';

/** Where Pagefind's bundle lives; a variable so that Vite leaves the import to the browser. */
const PAGEFIND_URL = href('/pagefind/pagefind.js');

/** The parts of Pagefind's JS API used here. */
interface Pagefind extends SearchEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded and initialised once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Result URLs under the site's base path (`/jj/reports/x/` when built with SITE_BASE=/jj/).
    await pagefind.options({ excerptLength: 36, noWorker: true, baseUrl: href('/') });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline before the first visit cached the index) is retried on the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** What a search came to: the query as searched and why it ended as it did. */
export type SearchOutcome =
  | { state: 'empty'; query: '' }
  | { state: 'unsearchable'; query: string }
  | { state: 'done'; query: string; truncated: boolean; results: RankedResult[] }
  | { state: 'stale'; query: string };

/** The query a reader typed, as it will be searched (simplified, NFKC, trimmed, capped). */
export function prepareQuery(raw: string): string {
  return normaliseQuery(raw, toSimplified);
}

let latest = 0;

/**
 * Searches for what the reader typed. A search overtaken by a newer one ends as `stale`, so a slow
 * answer never replaces the results of a later keystroke.
 */
export async function search(raw: string, filters?: Filters): Promise<SearchOutcome> {
  const ticket = ++latest;
  const query = prepareQuery(raw);
  if (!query) return { state: 'empty', query: '' };
  if (!isSearchable(query)) return { state: 'unsearchable', query };
  const truncated = Array.from(raw.trim()).length > Array.from(query).length + 2;
  const pagefind = await loadPagefind();
  const results = await rankResults(pagefind, query, filters ? { filters } : {});
  if (!results || ticket !== latest) return { state: 'stale', query };
  return { state: 'done', query, truncated, results };
}
