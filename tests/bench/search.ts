/**
 * Search benchmark: `npm run bench:search`. Serves the built site on loopback and prints the measures of
 * tests/bench/search-measure.ts as a table. Builds the site only when dist/ is missing.
 * `npm run bench:search -- <dir>` (or DIST_DIR=<dir>) measures another built site (a generated archive).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../helpers/dist.ts';
import { readTerms } from '../helpers/search.ts';
import { serveStatic } from '../helpers/serve.ts';
import { measureSearch, percentile, searchRows } from './search-measure.ts';
import { markdownTable } from './text-table.ts';

const ms = (value: number) => `${value.toFixed(1)} ms`;

if (!existsSync(join(DIST, 'index.html'))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const terms = readTerms();
const dir = process.argv[2] ?? DIST;
// The same report page at every size when it exists; in another archive, the first report listed.
const REPORT = 'reports/2023-work-review/';
const server = await serveStatic(dir);
try {
  const measures = await measureSearch({
    site: `${server.origin}/`,
    queries: terms,
    ...(existsSync(join(dir, REPORT, 'index.html')) ? { page: REPORT } : {}),
  });
  const keys = measures.keystroke;
  console.log(markdownTable([['measure', 'median', 'p95', 'samples'], ...searchRows(measures)]));
  const p95 = percentile(keys, 95);
  console.log(
    p95 < 50
      ? `\nkeystroke p95 ${ms(p95)}: within the 50 ms aim`
      : `\nkeystroke p95 ${ms(p95)}: OVER the 50 ms aim`,
  );
} finally {
  await server.close();
}
