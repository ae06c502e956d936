/**
 * A raw source text in, a draft report out: the cleaned MDX body, the title it found and the frontmatter
 * fields it could fill, with a count of everything it changed. Pure: the CLI does the reading and writing.
 */
import { groupBlocks } from './blocks.ts';
import { classifyBlocks } from './classify.ts';
import { emptyStats, type ImportStats } from './clean.ts';
import { isoDay, latestFullDate, mostNamedYear } from './dates.ts';
import { visibleText } from './escape.ts';
import { STANDARD_NOTES, SUMMARY_PLACEHOLDER, type DraftFields, type FieldNotes } from './frontmatter.ts';
import { splitSourceLines } from './lines.ts';
import { renderBody } from './markup.ts';
import { findHeadingMatching, findTitleItem, headingText, subtitleText } from './title.ts';

/** What the editor told the importer; anything missing is inferred or left as a placeholder. */
export interface ImportOptions {
  title?: string;
  date?: string;
  period?: number;
  /** File name of the source copy in content/sources/. */
  sourceFile: string;
  /** The day of the import: the date of last resort. */
  today: Date;
}

/** A draft report. */
export interface DraftReport {
  fields: DraftFields;
  notes: FieldNotes;
  body: string;
  stats: ImportStats;
  /** Where the title came from: given, a heading of the text, or nowhere (a placeholder). */
  titleFrom: 'option' | 'text' | 'placeholder';
  /** Where the date came from: given, a full date in the text, the year it names most, or today. */
  dateFrom: 'option' | 'text' | 'year' | 'today';
}

/** What a title is until an editor writes one, when the text has no heading at all. */
export const TITLE_PLACEHOLDER = '待填写：标题';

/**
 * The draft's date, its note and where it came from: the date given; else the latest full date the text
 * reports; else the year-end of the period given or of the year the text names most; else today.
 */
function chooseDate(
  options: ImportOptions,
  text: string,
): Pick<DraftReport, 'dateFrom'> & { date: string; note?: string } {
  if (options.date) return { date: options.date, dateFrom: 'option' };
  const found = latestFullDate(text);
  if (found) {
    return {
      date: found.iso,
      dateFrom: 'text',
      note: `待确认：原文未注明发表日期，此处取文中所述最晚的完整日期（${found.text}）。`,
    };
  }
  const year = options.period ?? mostNamedYear(text, options.today.getUTCFullYear());
  if (year !== null) {
    const source = options.period ? '所述年度' : '文中提到最多的年份';
    return {
      date: `${year}-12-31`,
      dateFrom: 'year',
      note: `待确认：原文未注明日期，暂取${source}（${year}年）的年末。`,
    };
  }
  return {
    date: isoDay(options.today),
    dateFrom: 'today',
    note: '待确认：原文未注明日期，暂用导入当天的日期。',
  };
}

/** Turn a raw source text into a draft report. */
export function importText(raw: string, options: ImportOptions): DraftReport {
  const stats = emptyStats();
  const lines = splitSourceLines(raw);
  stats.runsUndone = lines.filter((line) => line?.doubled).length;
  const items = classifyBlocks(groupBlocks(lines));

  const titleAt = options.title ? findHeadingMatching(items, options.title) : findTitleItem(items);
  const titleItem = titleAt >= 0 ? items[titleAt] : undefined;
  const title = options.title ?? (titleItem ? headingText(titleItem) : TITLE_PLACEHOLDER);
  const subtitle = titleItem ? subtitleText(titleItem) : undefined;
  const body = renderBody(
    items.filter((_item, index) => index !== titleAt),
    stats,
  );

  const date = chooseDate(options, visibleText(body));
  const notes: FieldNotes = { ...STANDARD_NOTES };
  if (!options.title) {
    notes.title = titleItem
      ? ['待确认：标题取自原文中最像标题的一行 (to confirm: taken from the likeliest headline in the text)']
      : ['待填写：原文中没有找到标题 (to fill: no headline found in the text)'];
  }
  if (subtitle) {
    notes.subtitle = ['待确认：取自标题下以“——”开头的一行 (to confirm: the dashed line under the headline)'];
  }
  if (date.dateFrom !== 'option') {
    notes.date = ['待确认：日期由导入程序推断，见 dateNote (to confirm: inferred, see dateNote)'];
  }

  const fields: DraftFields = {
    title,
    ...(subtitle ? { subtitle } : {}),
    date: date.date,
    ...(date.note ? { dateNote: date.note } : {}),
    period: options.period ?? Number(date.date.slice(0, 4)),
    credits: [],
    source: { file: options.sourceFile },
    summary: SUMMARY_PLACEHOLDER,
    topics: [],
  };
  const titleFrom = options.title ? 'option' : titleItem ? 'text' : 'placeholder';
  return { fields, notes, body, stats, titleFrom, dateFrom: date.dateFrom };
}
