/**
 * Search benchmark: `npm run bench:search`. Serves the built site on loopback and prints the measures of
 * tests/bench/search-measure.ts as a table. Builds the site only when dist/ is missing.
 * `npm run bench:search -- <dir>` measures another built site (a generated archive).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../helpers/dist.ts';
import { readTerms } from '../helpers/search.ts';
import { serveStatic } from '../helpers/serve.ts';
import { measureSearch, percentile, searchRows } from './search-measure.ts';

const ms = (value: number) => `${value.toFixed(1)} ms`;
/** Columns as a terminal shows them: Chinese characters take two. */
const width = (text: string) =>
  Array.from(text).reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

if (!existsSync(join(DIST, 'index.html'))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const terms = readTerms();
const server = await serveStatic(process.argv[2] ?? DIST);
try {
  const measures = await measureSearch({
    site: `${server.origin}/`,
    queries: terms,
    page: 'reports/2023-work-review/',
  });
  const keys = measures.keystroke;
  const rows = [['measure', 'median', 'p95', 'samples'], ...searchRows(measures)];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => pad(cell, widths[column] ?? 0)).join(' | ')} |`;
  console.log(
    [
      line(rows[0]!),
      `|${widths.map((columns) => '-'.repeat(columns + 2)).join('|')}|`,
      ...rows.slice(1).map(line),
    ].join('\n'),
  );
  const p95 = percentile(keys, 95);
  console.log(
    p95 < 50
      ? `\nkeystroke p95 ${ms(p95)}: within the 50 ms aim`
      : `\nkeystroke p95 ${ms(p95)}: OVER the 50 ms aim`,
  );
} finally {
  await server.close();
}
