/**
 * Turning a report's frontmatter problems into messages an editor can act on: one line per problem,
 * naming the file and the field, in Chinese and English.
 */
import type { z } from 'astro/zod';
import { fieldMessage } from './messages.ts';
import { isRealIsoDate, reportSchema } from './report.ts';

/** The frontmatter block of an MDX file, or `undefined` when it has none. */
export function frontmatterBlock(text: string): string | undefined {
  return /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1];
}

/**
 * Dates YAML would silently turn into another day (`2023-02-30` becomes March 2nd): the raw value of
 * each top-level date field must be a real YYYY-MM-DD date.
 */
export function rawDateProblems(frontmatter: string, fields: readonly string[] = ['date']): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const match = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(frontmatter);
    const value = match?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
    if (value && !isRealIsoDate(value)) {
      problems.push(fieldMessage(field, '应为 YYYY-MM-DD 格式的日期', `${field} must be a YYYY-MM-DD date`));
    }
  }
  return problems;
}

/** The value at `path` in `data`, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** The messages of a failed validation of `data`; a missing field gets a message naming it. */
export function issueMessages(error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.');
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      return fieldMessage(field, '缺少此字段', `${field} is missing`);
    }
    // Our schema's messages already name the field; zod's own ones get it in front.
    return field && !issue.message.startsWith(field.split('.')[0] ?? '')
      ? `${field}: ${issue.message}`
      : issue.message;
  });
}

/** Every problem with a report's frontmatter, as `file: message` lines; empty when it is valid. */
export function reportProblems(file: string, text: string, data: unknown): string[] {
  const frontmatter = frontmatterBlock(text);
  if (frontmatter === undefined) {
    return [
      `${file}: ${fieldMessage('frontmatter', '文件开头缺少 --- 包围的字段区', 'the file must start with a --- frontmatter block')}`,
    ];
  }
  const result = reportSchema.safeParse(data);
  const messages = [
    ...rawDateProblems(frontmatter),
    ...(result.success ? [] : issueMessages(result.error, data)),
  ];
  return [...new Set(messages)].map((message) => `${file}: ${message}`);
}
