/**
 * The search engine as the browser uses it: the phrase index (src/lib/search/phrase-search.ts), query
 * normalisation, and each result's text loaded from its Pagefind fragment only when it is drawn. Loaded
 * only when a reader focuses a search box or opens /search/, never with a report page.
 */
import { href } from '../../consts.ts';
import {
  PHRASE_DIR,
  PHRASE_ENTRY,
  fragmentText,
  parseFragment,
  type PageInfo,
  type PhraseEntry,
} from '../../lib/search/phrase-format.ts';
import { PhraseIndex, type Filters } from '../../lib/search/phrase-search.ts';
import { isSearchable, normaliseQuery } from '../../lib/search/query.ts';
import type { RankedResult, ResultData } from '../../lib/search/rank.ts';
import { toSimplified } from '../../lib/search/simplified.ts';
import { storedResponse } from '../offline/save.ts';

/** The bytes of a gzip-compressed response's body, decompressed. */
async function gunzipped(response: Response): Promise<Uint8Array> {
  if (!response.body) throw new Error(`${response.url}: no body`);
  const stream = response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The bytes of a gzip-compressed file (the index's chunks, Pagefind's fragments). */
async function gunzip(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return gunzipped(response);
}

const indexFile = (file: string) => href(`/${PHRASE_DIR}/${file}`);

let opening: Promise<PhraseIndex> | undefined;

/** The phrase index, opened once per page (entry and page list: two requests). */
export function loadIndex(): Promise<PhraseIndex> {
  opening ??= PhraseIndex.open({
    // Revalidated: a new build's entry names new chunk files.
    entry: async () => {
      const response = await fetch(indexFile(PHRASE_ENTRY), { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
      return (await response.json()) as PhraseEntry;
    },
    pages: async (file) => JSON.parse(new TextDecoder().decode(await gunzip(indexFile(file)))) as never,
    chunk: (file) => gunzip(indexFile(file)),
    // Asked only when a phrase's positions cannot be fetched (offline, never stored).
    text: storedText,
  });
  // A failed load (offline before the index was saved) is tried again by the next search.
  opening.then((index) => index.ready()).catch(() => (opening = undefined));
  return opening;
}

/** A fragment's page, from its decompressed bytes. */
function readFragment(bytes: Uint8Array): ResultData {
  const data = parseFragment(new TextDecoder().decode(bytes));
  return { url: data.url, content: fragmentText(data.content) };
}

/** A page's indexed text, from its Pagefind fragment. */
async function loadText(fragment: string): Promise<ResultData> {
  return readFragment(await gunzip(href(`/pagefind/${fragment}`)));
}

/**
 * A page's indexed text from what this device stores, without the network: its Pagefind fragment, else
 * the indexed part of its saved page (the element Pagefind reads, less what it ignores). Undefined when
 * neither is stored.
 */
async function storedText(page: PageInfo): Promise<string | undefined> {
  const fragment = await storedResponse(`/pagefind/${page.fragment}`);
  if (fragment) return readFragment(await gunzipped(fragment)).content;
  const html = await storedResponse(page.url);
  if (!html) return undefined;
  const doc = new DOMParser().parseFromString(await html.text(), 'text/html');
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  body.querySelectorAll('[data-pagefind-ignore], script, style').forEach((ignored) => ignored.remove());
  return body.textContent ?? '';
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
  const index = await loadIndex();
  const matches = await index.find(query, filters);
  if (ticket !== latest) return { state: 'stale', query };
  const results = matches.map((match): RankedResult => {
    let loading: Promise<ResultData> | undefined;
    const result: RankedResult = {
      ...match,
      data: null,
      load: () => {
        loading ??= loadText(match.page.fragment).then((data) => (result.data = data));
        loading.catch(() => (loading = undefined));
        return loading;
      },
    };
    return result;
  });
  return { state: 'done', query, truncated, results };
}

/** Every value of each filter in the index (kinds, years, topics), most used first. */
export async function filterValues(): Promise<Record<string, string[]>> {
  return (await loadIndex()).entry.filters;
}
