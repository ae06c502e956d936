/**
 * Dates a report's text gives, for a draft's `date` and `period`. Newspaper pages rarely print their own
 * date in the extracted text, so the latest full date the article reports stands in, flagged as inferred.
 */
import { isRealIsoDate } from '../../schema/report.ts';
import { chromeFields } from './chrome.ts';

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

/** A date as pages print it: 2024-10-25, 2024/10/25, 2024.10.25, 2024年10月25日, with the year apart too. */
const PRINTED_DATE =
  /(?<!\d)((?:19|20)\d{2})(?:[-/.]|年\s*)(\d{1,2})(?:[-/.]|月\s*)(\d{1,2})(?!\d)|(?<![\d年])(\d{1,2})月(\d{1,2})日/u;

/** Labels whose value is the publication date, most telling first. */
const DATE_LABELS = ['发表时间', '发布时间', '发布日期', '成文日期', '日期', '时间', '更新时间'];

/** A date printed in the page chrome, the line it was read from, and whether its year was printed. */
export interface PageDate extends FoundDate {
  /** The chrome line (or lines, joined by a space) the date was read from. */
  line: string;
  /** False when the page printed only month and day, and the year was taken from elsewhere. */
  yearPrinted: boolean;
}

/** The first real date in `text`; a month and day alone take `year`. */
function printedDate(text: string, year: number | null): Omit<PageDate, 'line'> | null {
  const match = PRINTED_DATE.exec(text);
  if (!match) return null;
  const printedYear = match[1] !== undefined;
  const y = printedYear ? Number(match[1]) : year;
  if (y === null) return null;
  const [m, d] = printedYear ? [match[2], match[3]] : [match[4], match[5]];
  const iso = `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  return isRealIsoDate(iso) ? { iso, text: match[0], yearPrinted: printedYear } : null;
}

/**
 * The publication date the page chrome prints: a labelled field (发表时间：…) first, then an e-paper's
 * page header, then a post's dateline, whose year, month and day and time may stand on lines of their
 * own. `year` stands in when only a month and day are printed. Null when the chrome prints no date.
 */
export function pageDate(chrome: readonly string[], year: number | null): PageDate | null {
  for (const label of DATE_LABELS) {
    for (const line of chrome) {
      const at = line.search(new RegExp(`${label}[ \\t]*[：:]`, 'u'));
      const found = at >= 0 ? printedDate(line.slice(at), year) : null;
      if (found) return { ...found, line };
    }
  }
  // Lines without labels: an e-paper header, or a dateline split over lines (2024年 / 10月25日 / 18:30).
  const unlabelled = chrome.filter((line) => chromeFields(line) === null && /\d/u.test(line));
  const joined = unlabelled.join(' ').replace(/((?:19|20)\d{2})年?\s+(\d{1,2}月)/u, '$1年$2');
  const found = printedDate(joined, year);
  return found ? { ...found, line: unlabelled.join(' ') } : null;
}
