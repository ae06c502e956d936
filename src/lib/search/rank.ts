/**
 * What a ranked search result is, as the pages draw it: the page from the phrase index (title, date,
 * kind) at once, and its text (for the excerpt) loaded only when the result is drawn.
 */
import type { PageInfo } from './phrase-format.ts';

export type { Filters } from './phrase-search.ts';

/** A page's indexed text, loaded from its Pagefind fragment. */
export interface ResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
}

/** A result in rank order: exact-phrase pages first. */
export interface RankedResult {
  id: number;
  page: PageInfo;
  /** True when the page holds the query as a phrase. */
  exact: boolean;
  /** False for an exact match listed unchecked (offline, its positions and text not stored). */
  checked: boolean;
  /** The page's text once loaded (null until then). */
  data: ResultData | null;
  /** Loads the page's text (once). */
  load(): Promise<ResultData>;
}
