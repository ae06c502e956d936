/**
 * Dated events found in a report's sentences: a sentence that gives a date (2020年6月30日, 6月15日,
 * 2020年1月) and says something happened then (签约, 开工, 公布, 开行, 会议…) is an event on that
 * date. A day without a year takes the year of the report's date, or the year before when that would
 * put the day after the report was published.
 */

/** How exactly the source dates an event. */
export type Precision = 'day' | 'month' | 'year';

/** One dated event, linked to the sentence that states it. */
export interface TimelineEvent {
  /** The date as ISO text: 2023-06-15, 2020-01 or 2022, as precise as the source. */
  date: string;
  /** day, month or year. */
  precision: Precision;
  /** The sentence stating the event. */
  text: string;
  /** The sentence's anchor on the report page. */
  anchor: string;
}

/** Verbs that make a dated sentence an event rather than a date in passing. */
export const EVENT_WORDS =
  /签约|签订|开工|竣工|公布|发布|开行|举行|召开|会议|获评|投用|试飞|落户|作出|成立|入选|上市|开通|启动|印发|出台/u;

// A date: 2020年6月30日, 6月15日 or 2020年1月 (not a range such as 1月-6月 or 1至8月).
const DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?(?![\d—–\-至到]|份?[\d—–\-至到])/gu;

const pad = (value: number) => String(value).padStart(2, '0');

/** The first date a sentence gives, resolved against the report's publication date. */
export function sentenceDate(
  text: string,
  published: Date,
): { date: string; precision: Precision } | undefined {
  for (const match of text.matchAll(DATE)) {
    const [, yearText, monthText, dayText] = match;
    const month = Number(monthText);
    // A month with no year and no day is too loose to place (今年5月底, 1月-6月).
    if (month < 1 || month > 12 || (!yearText && !dayText)) continue;
    // 1月 of a range written 1—6月 is excluded by the pattern; 起/以来 still date a start.
    let year = yearText ? Number(yearText) : published.getUTCFullYear();
    if (!dayText) return { date: `${year}-${pad(month)}`, precision: 'month' };
    const day = Number(dayText);
    if (day < 1 || day > 31) continue;
    if (!yearText && Date.UTC(year, month - 1, day) > published.getTime()) year -= 1;
    return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  }
  return undefined;
}

/** The events a report's sentences state. */
export function deriveEvents(
  sentences: readonly { id: string; text: string }[],
  published: Date,
): TimelineEvent[] {
  return sentences.flatMap((sentence) => {
    if (!EVENT_WORDS.test(sentence.text)) return [];
    const found = sentenceDate(sentence.text, published);
    return found ? [{ ...found, text: sentence.text, anchor: sentence.id }] : [];
  });
}
