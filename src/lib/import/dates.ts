/**
 * Dates a report's text gives, for a draft's `date` and `period`. Newspaper pages rarely print their own
 * date in the extracted text, so the latest full date the article reports stands in, flagged as inferred.
 */
import { isRealIsoDate } from '../../schema/report.ts';

/** `2020年12月27日`, the way Chinese text writes a full date. */
const FULL_DATE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/gu;

/** `2022年`: a year named in the text (not part of a longer number). */
const YEAR = /(?<!\d)((?:19|20)\d{2})年/gu;

/** A date found in a text: ISO form and the words it was written in. */
export interface FoundDate {
  iso: string;
  text: string;
}

/** The latest real calendar date written out in full in the text, or null when there is none. */
export function latestFullDate(text: string): FoundDate | null {
  let latest: FoundDate | null = null;
  for (const match of text.matchAll(FULL_DATE)) {
    const iso = `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
    if (isRealIsoDate(iso) && (latest === null || iso > latest.iso)) latest = { iso, text: match[0] };
  }
  return latest;
}

/**
 * The year the text names most often (the later one on a tie), or null when it names none. Years after
 * `latest` are targets (`到2035年`), not the year reported on, and are not counted.
 */
export function mostNamedYear(text: string, latest = Number.POSITIVE_INFINITY): number | null {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1]);
    if (year <= latest) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || count > bestCount || (count === bestCount && year > best)) best = year;
  }
  return best;
}

/** Today's date as YYYY-MM-DD, in UTC so that the result does not depend on the machine's zone. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
