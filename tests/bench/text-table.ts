/** The Markdown tables the benchmarks print, aligned as a terminal shows them. */

/** Columns as a terminal shows them: Chinese characters take two. */
const width = (text: string) =>
  Array.from(text).reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

/** `rows` (the first is the header) as a Markdown table whose columns line up in a terminal. */
export function markdownTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => pad(cell, widths[column] ?? 0)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((columns) => '-'.repeat(columns + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}
