/**
 * Numbers a report's prose states that no `<Fact>` marks, read from the sentences of the loader's one
 * parse (never from the MDX text), and compared with the reviewed list in
 * content/data/unmarked-figures.json. A number is passed over only when the words say it is a date
 * (2020年, 6月25日, 1—8月) or an ordinal (第1位); every other one must be marked or listed with a reason,
 * and a listed entry that no longer covers an unmarked number is stale. Both are editor-facing problems.
 */
import raw from '../../../content/data/unmarked-figures.json' with { type: 'json' };
import { errorLine, fieldMessage, issueMessages } from '../errors/format.ts';
import { unmarkedFileSchema, type UnmarkedEntry } from '../../schema/unmarked.ts';
import type { ReportSentence } from './extract.ts';

const D = String.raw`[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?`;
/** A number as written, with a range (67%—79%, 10-15, 2023－2027) kept as one. */
const NUMBER = new RegExp(String.raw`${D}[%％]?(?:\s*[—–\-－~～至到]\s*${D}[%％]?)?`, 'gu');

/** One number of a sentence that no `<Fact>` marks. */
export interface UnmarkedNumber {
  /** The number as written, with up to four characters of its unit (23家企业, 2.8亿元). */
  words: string;
  /** Offset of the number in the sentence. */
  start: number;
  end: number;
  sentence: ReportSentence;
}

/** True when the number is a calendar date or an ordinal, as the words around it say. */
function dateOrOrdinal(text: string, number: string, start: number): boolean {
  const after = text.slice(start + number.length);
  if (text[start - 1] === '第') return true;
  if (/^\d{4}(?:\s*[—–\-－~～至到]\s*\d{4})?$/.test(number) && after.startsWith('年')) return true;
  if (after.startsWith('月') && !/[%％.]/.test(number)) return true;
  return after.startsWith('日') && text.slice(0, start).endsWith('月');
}

/** The numbers of the sentences that are neither marked nor a date or an ordinal. */
export function unmarkedNumbers(sentences: readonly ReportSentence[]): UnmarkedNumber[] {
  return sentences.flatMap((sentence) =>
    [...sentence.text.matchAll(NUMBER)].flatMap((match) => {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (sentence.figures.some(([from, to]) => from < end && start < to)) return [];
      if (dateOrOrdinal(sentence.text, match[0], start)) return [];
      const unit = /^[\p{Script=Han}A-Za-z]{0,4}/u.exec(sentence.text.slice(end))?.[0] ?? '';
      return [{ words: match[0] + unit, start, end, sentence }];
    }),
  );
}

/** The site's reviewed list, validated when first imported. */
export const UNMARKED_FIGURES: readonly UnmarkedEntry[] = parseUnmarked(raw);

/** Parse the reviewed list, throwing lines that name the file and the entry's field. */
export function parseUnmarked(data: unknown): UnmarkedEntry[] {
  const result = unmarkedFileSchema.safeParse(data);
  if (result.success) return result.data.figures;
  throw new Error(
    issueMessages(result.error, data)
      .map((message) => errorLine({ file: 'content/data/unmarked-figures.json' }, message))
      .join('\n'),
  );
}

/** A report as the review needs it. */
export interface ReviewedReport {
  slug: string;
  file: string;
  sentences: readonly ReportSentence[];
}

/** True when the entry's words, where the sentence writes them, cover the number. */
function covers(entry: UnmarkedEntry, number: UnmarkedNumber): boolean {
  const { text } = number.sentence;
  for (let at = text.indexOf(entry.text); at !== -1; at = text.indexOf(entry.text, at + 1)) {
    if (at <= number.start && number.end <= at + entry.text.length) return true;
  }
  return false;
}

/**
 * Problems, `file:line: message` each: a number neither marked nor listed, and a listed entry of a
 * checked report that covers no unmarked number (the number was marked, or the text changed).
 */
export function reviewUnmarked(
  reports: readonly ReviewedReport[],
  entries: readonly UnmarkedEntry[] = UNMARKED_FIGURES,
): string[] {
  return reports.flatMap((report) => {
    const own = entries.filter((entry) => entry.report === report.slug);
    const numbers = unmarkedNumbers(report.sentences);
    const unreviewed = numbers
      .filter((number) => !own.some((entry) => covers(entry, number)))
      .map((number) =>
        errorLine(
          { file: report.file, line: number.sentence.line },
          fieldMessage(
            '',
            `“${number.words}”未标记：是全区、园区、集群或产业的数字就用 <Fact> 标出，否则在 content/data/unmarked-figures.json 中写明原因。句子：“${number.sentence.text}”`,
            `"${number.words}" is not marked: mark a district, park, cluster or industry figure with <Fact>, or record in content/data/unmarked-figures.json why not. Sentence: "${number.sentence.text}"`,
          ),
        ),
      );
    const stale = own
      .filter((entry) => !numbers.some((number) => covers(entry, number)))
      .map((entry) =>
        errorLine(
          { file: 'content/data/unmarked-figures.json' },
          fieldMessage(
            'text',
            `“${entry.text}”在 ${report.file} 中已没有未标记的数字（已标记或原文已改），请删去这一条`,
            `"${entry.text}" covers no unmarked number in ${report.file} any more (marked, or the text changed); remove the entry`,
          ),
        ),
      );
    return [...unreviewed, ...stale];
  });
}
