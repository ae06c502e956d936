/** Checking the `<Chart id="…" />` tags of a report against the charts the site has. */
import { fieldMessage } from '../../schema/messages.ts';

/** Problems with a report's chart tags as `file:line: message` lines. */
export function chartProblems(file: string, text: string, known: readonly string[]): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/<Chart\b([^>]*)\/?>/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    const id = /\bid\s*=\s*["']([^"']*)["']/.exec(match[1] ?? '')?.[1];
    if (id === undefined) {
      problems.push(`${file}:${line}: ${fieldMessage('Chart id', '缺少此属性', 'Chart id is missing')}`);
    } else if (!known.includes(id)) {
      problems.push(
        `${file}:${line}: ${fieldMessage(
          'Chart id',
          `“${id}”不是已有的图表，可用：${known.join('、')}`,
          `Chart id "${id}" is not a known chart; known: ${known.join(', ')}`,
        )}`,
      );
    }
  }
  return problems;
}
