/**
 * Turning what a reader typed into a query the index can answer. Pure: the traditional→simplified
 * converter is passed in, so the browser loads OpenCC only with the search code and tests need none.
 */
import { stripForCompare } from '../text/han.ts';

/** Longest query kept, in characters: longer than any phrase in a report, short enough to stay fast. */
export const MAX_QUERY_LENGTH = 64;

/** A function that rewrites traditional characters as simplified ones (OpenCC 't' → 'cn'). */
export type ToSimplified = (text: string) => string;

/** Control characters, quotes (we add our own for phrase search) and unpaired surrogates. */
const UNWANTED = /[\p{Cc}\p{Cf}"“”＂\p{Cs}]+/gu;

/**
 * The query as searched: NFKC (full-width letters and digits become ASCII), quotes and control
 * characters removed, whitespace collapsed, trimmed, capped at {@link MAX_QUERY_LENGTH} characters
 * (whole code points) and written in simplified characters.
 */
export function normaliseQuery(raw: string, toSimplified: ToSimplified = (text) => text): string {
  const cleaned = raw.normalize('NFKC').replace(UNWANTED, ' ').replace(/\s+/gu, ' ').trim();
  const capped = Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim();
  return toSimplified(capped);
}

/** True when the query holds a letter or digit to look for (not only punctuation, symbols or emoji). */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(stripForCompare(query));
}

/** The query as the phrase compared against page text: whitespace and punctuation ignored. */
export function phraseKey(query: string): string {
  return stripForCompare(query).toLowerCase();
}
