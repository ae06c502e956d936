/**
 * Checks of what an editor types on the command line (title, date, period, slug), shared by the scaffold
 * and the importer. Each returns the clean value or throws an EditorError naming the option, in Chinese
 * and English.
 */
import { isRealIsoDate, MAX_PERIOD, MIN_PERIOD } from '../../schema/report.ts';
import { EditorError } from './messages.ts';

/** Longest title, in characters: a headline, not a paragraph. */
export const MAX_TITLE_LENGTH = 80;

/** A report's file name without `.mdx`: lower-case ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug: it is part of the report's URL. */
export const MAX_SLUG_LENGTH = 80;

/** The title, trimmed; it must not be empty, hold a line break or run past MAX_TITLE_LENGTH. */
export function checkTitle(input: string): string {
  const title = input.trim();
  if (title === '') throw new EditorError('title', '--title 不能为空', '--title must not be empty');
  if (/[\r\n\u2028\u2029]/u.test(title)) {
    throw new EditorError('title', '--title 不能含换行', '--title must be one line');
  }
  const length = Array.from(title).length;
  if (length > MAX_TITLE_LENGTH) {
    throw new EditorError(
      'title',
      `--title 不能超过 ${MAX_TITLE_LENGTH} 个字（现有 ${length} 个）`,
      `--title must be at most ${MAX_TITLE_LENGTH} characters (it has ${length})`,
    );
  }
  return title;
}

/** The date as given, when it is a real calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function checkDate(input: string): string {
  const date = input.trim();
  if (!isRealIsoDate(date)) {
    throw new EditorError(
      'date',
      `--date ${date} 不是有效日期，应为真实存在的日期，格式 YYYY-MM-DD`,
      `--date ${date} is not a real calendar date written YYYY-MM-DD`,
    );
  }
  return date;
}

/** The period as a number, when it is a four-digit year the schema accepts. */
export function checkPeriod(input: string): number {
  const period = Number(input.trim());
  if (!/^\d{4}$/.test(input.trim()) || period < MIN_PERIOD || period > MAX_PERIOD) {
    throw new EditorError(
      'period',
      `--period ${input} 应为 ${MIN_PERIOD}–${MAX_PERIOD} 之间的年份`,
      `--period ${input} must be a year between ${MIN_PERIOD} and ${MAX_PERIOD}`,
    );
  }
  return period;
}

/** The slug as given, when it is lower-case ASCII words joined by single hyphens. */
export function checkSlug(input: string): string {
  const slug = input.trim();
  if (!SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH) {
    throw new EditorError(
      'slug',
      `--slug ${slug} 只能由小写字母、数字和单个连字符组成，如 2023-work-review`,
      `--slug ${slug} must be lower-case letters and digits joined by single hyphens, e.g. 2023-work-review`,
    );
  }
  return slug;
}
