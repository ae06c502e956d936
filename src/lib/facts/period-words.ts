/**
 * What a sentence says about when its figure holds: the nearest time words before the figure (2022年,
 * 去年 and 今年 read against the report's year, 前三季度, 上半年, 1—8月, 一季度, 截至5月底), or 目前 /
 * 截至目前 with no year, which dates the figure by the report itself. The build compares this with the
 * fact's `period`, so a figure cannot be filed under a year its sentence does not give.
 */
import { AS_OF, parsePeriod } from './periods.ts';

/** What the words say. */
export interface StatedPeriod {
  /** The words as written (2023年前三季度, 去年, 目前). */
  words: string;
  /** The period they denote (2023-01/2023-09), or `as-of` for 目前. */
  period: string;
  /** Whether the words are in the figure's own sentence or an earlier sentence of its paragraph. */
  where: 'sentence' | 'paragraph';
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const pad = (month: number) => String(month).padStart(2, '0');
const range = (year: number, from: number, to: number) =>
  from === to ? `${year}-${pad(to)}` : `${year}-${pad(from)}/${year}-${pad(to)}`;

/** Year words: a four-digit year, a relative year, or the end of the 14th Five-Year Plan. */
const YEAR = String.raw`(\d{4})年|(去年|上年|上一年|今年|本年|当年|明年|前年)|(“?十四五”?末)`;
/** Part-of-year words that may follow a year word. */
const PART = String.raw`(前三季度|上半年|下半年|(?:第)?([一二三四])季度|(\d{1,2})月?\s*[—–\-－~～至到]\s*(\d{1,2})月(?:份|底)?|截至(\d{1,2})月底?|(\d{1,2})月底)`;
/** Undated "now" words. */
const NOW = String.raw`(截至目前|截止目前|目前|当前|至今|现有|现在)`;
const TOKEN = new RegExp(String.raw`(?:${YEAR})(?:以来)?\s*${PART}?|${PART}|${NOW}`, 'gu');

/** The year a year word names, against the report's year. */
function yearOf(match: RegExpExecArray, reportYear: number): number | undefined {
  if (match[1]) return Number(match[1]);
  if (match[3]) return 2025;
  const relative: Record<string, number> = { 去年: -1, 上年: -1, 上一年: -1, 前年: -2, 明年: 1 };
  if (match[2]) return reportYear + (relative[match[2]] ?? 0);
  return undefined;
}

/** The months a part-of-year word covers, from the groups starting at `at`. */
function partOf(match: RegExpExecArray, at: number, year: number): string | undefined {
  const word = match[at];
  if (!word) return undefined;
  if (word === '前三季度') return range(year, 1, 9);
  if (word === '上半年') return range(year, 1, 6);
  if (word === '下半年') return range(year, 7, 12);
  const quarter = match[at + 1];
  if (quarter) return `${year}-Q${CN_DIGITS[quarter] ?? 0}`;
  const [from, to] = [match[at + 2], match[at + 3]];
  if (from && to) return range(year, Number(from), Number(to));
  const until = match[at + 4] ?? match[at + 5];
  return until ? range(year, Number(until), Number(until)) : undefined;
}

/** The time words of `text` nearest its end, or undefined when it has none. */
function lastTimeWords(text: string, reportYear: number): Omit<StatedPeriod, 'where'> | undefined {
  let found: Omit<StatedPeriod, 'where'> | undefined;
  for (const match of text.matchAll(TOKEN)) {
    const year = yearOf(match, reportYear);
    // Groups: 1–3 year, 4–9 part after a year, 10–15 part alone, 16 now.
    if (match[16]) {
      found = { words: match[0], period: AS_OF };
    } else if (year !== undefined) {
      found = { words: match[0], period: partOf(match, 4, year) ?? String(year) };
    } else {
      const part = partOf(match, 10, reportYear);
      if (part) found = { words: match[0], period: part };
    }
  }
  return found;
}

/**
 * When the sentence says its figure holds: the time words nearest before the figure in its sentence,
 * else the last ones of the paragraph before it; undefined when neither gives any.
 */
export function statedPeriod(
  parts: { before: string; context: string },
  reportYear: number,
): StatedPeriod | undefined {
  const own = lastTimeWords(parts.before, reportYear);
  if (own) return { ...own, where: 'sentence' };
  const earlier = lastTimeWords(parts.context, reportYear);
  return earlier && { ...earlier, where: 'paragraph' };
}

/**
 * True when a fact's period agrees with what its words say. In its own sentence the words decide the
 * period exactly (前三季度 is 1—9月, not the third quarter); words of an earlier sentence decide the
 * year only, and 目前 there leaves the editor free to give the report's date or year.
 */
export function agrees(period: string, stated: StatedPeriod, asOf: string): boolean {
  const info = parsePeriod(period);
  if (!info) return true;
  if (stated.period === AS_OF) return stated.where === 'paragraph' || period === asOf;
  const said = parsePeriod(stated.period);
  if (!said) return true;
  if (stated.where === 'paragraph') return info.year === said.year || period === asOf;
  if (said.kind === 'year') return info.kind === 'year' && info.year === said.year;
  // A month named as "截至5月底" is a point in time; a range or quarter must cover the same months.
  return info.start === said.start && info.end === said.end && info.kind !== 'year' && info.kind !== 'day';
}
