/**
 * Turning a report's frontmatter problems into messages an editor can act on: one line per problem,
 * naming the file and the field, in Chinese and English.
 */
import { isRealIsoDate, reportSchema } from '../../schema/report.ts';
import { errorLine, fieldMessage, issueMessages } from './format.ts';

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

/** Every problem with a report's frontmatter, as `file: message` lines; empty when it is valid. */
export function reportProblems(file: string, text: string, data: unknown): string[] {
  const frontmatter = frontmatterBlock(text);
  if (frontmatter === undefined) {
    return [
      errorLine(
        { file },
        fieldMessage(
          'frontmatter',
          '文件开头缺少 --- 包围的字段区',
          'the file must start with a --- frontmatter block',
        ),
      ),
    ];
  }
  const result = reportSchema.safeParse(data);
  const messages = [
    ...rawDateProblems(frontmatter),
    ...(result.success ? [] : issueMessages(result.error, data)),
  ];
  return [...new Set(messages)].map((message) => errorLine({ file }, message));
}
