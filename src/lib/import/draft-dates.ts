/**
 * The draft's publication date and report year, each with where it came from, in words the editor reads
 * in the summary and in the frontmatter's comments. Today's date is the last resort and always said so.
 */
import { isoDay, latestFullDate, mostNamedYear, pageDate } from './dates.ts';

/** Where the date came from. */
export type DateFrom = 'option' | 'page' | 'text' | 'year' | 'today';
/** Where the report's year came from. */
export type PeriodFrom = 'option' | 'date' | 'text';

/** The date and year of a draft and how each was found. */
export interface DraftDates {
  date: string;
  dateFrom: DateFrom;
  /** The page's own words the date was read from, or the text's, for the editor. */
  dateSource?: string;
  /** For the frontmatter's dateNote when the date is not the printed publication date. */
  note?: string;
  period: number;
  periodFrom: PeriodFrom;
}

/** What the dates are read from. */
export interface DateInput {
  date?: string;
  period?: number;
  chrome: readonly string[];
  /** The body as a reader sees it. */
  text: string;
  today: Date;
}

/** The publication date: given; printed in the chrome; the latest full date reported; a year end; today. */
function publication(input: DateInput): Omit<DraftDates, 'period' | 'periodFrom'> {
  if (input.date) return { date: input.date, dateFrom: 'option' };
  const textYear = mostNamedYear(input.text, input.today.getUTCFullYear());
  const page = pageDate(input.chrome, textYear ?? input.period ?? null);
  if (page) {
    return {
      date: page.iso,
      dateFrom: 'page',
      dateSource: page.line,
      ...(page.yearPrinted
        ? {}
        : { note: `待确认：页面只印了月日（${page.line}），年份取自文中提到最多的年份。` }),
    };
  }
  const found = latestFullDate(input.text);
  if (found) {
    return {
      date: found.iso,
      dateFrom: 'text',
      dateSource: found.text,
      note: `待确认：原文未注明发表日期，此处取文中所述最晚的完整日期（${found.text}）。`,
    };
  }
  const year = input.period ?? textYear;
  if (year !== null) {
    const source = input.period ? '所述年度' : '文中提到最多的年份';
    return {
      date: `${year}-12-31`,
      dateFrom: 'year',
      dateSource: `${year}年`,
      note: `待确认：原文未注明日期，暂取${source}（${year}年）的年末。`,
    };
  }
  return {
    date: isoDay(input.today),
    dateFrom: 'today',
    note: '待填写：原文没有任何日期，暂用导入当天的日期，请改为发表日期。',
  };
}

/**
 * The draft's dates. The report's year is the one given; else, when the page printed its publication
 * date, the year the text names most up to that date (a January article reviews the year before); else
 * the date's year.
 */
export function draftDates(input: DateInput): DraftDates {
  const published = publication(input);
  const year = Number(published.date.slice(0, 4));
  if (input.period) return { ...published, period: input.period, periodFrom: 'option' };
  const named = published.dateFrom === 'page' ? mostNamedYear(input.text, year) : null;
  return named !== null && named !== year
    ? { ...published, period: named, periodFrom: 'text' }
    : { ...published, period: year, periodFrom: 'date' };
}
