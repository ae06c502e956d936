/**
 * Lighthouse benchmark: `npm run bench:lighthouse [-- --site <project>] [--runs N]
 * [--mode mobile|desktop] [--page <path>]… [--save <dir>] [--no-compress]`. Serves a built dist/ (this
 * project's, building it when missing, or the one of `--site`, such as a generated archive kept by
 * `npm run bench:scale -- --keep`) on loopback with the headers of its `_headers` file and compressed
 * (gzip or Brotli), as a static host serves it; runs Lighthouse in Debian's Chromium over one page of
 * each kind, several times each; prints the median of each score and metric per page and form factor,
 * then the audits that cost a point. The simulated throttling of the mobile mode still reads the
 * machine's own task times, so TBT and the performance score move with the load: the load average is
 * printed with the figures.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PARAMS } from '../../src/consts.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { ROOT } from '../helpers/dist.ts';
import { serveStatic, siteHeaders } from '../helpers/serve.ts';
import {
  CATEGORIES,
  launchForLighthouse,
  medianRun,
  runLighthouse,
  summarise,
  type MedianRun,
  type Mode,
  type RunSummary,
} from './lighthouse-measure.ts';
import { markdownTable } from './text-table.ts';

const { values: options } = parseArgs({
  options: {
    site: { type: 'string' },
    runs: { type: 'string', default: '3' },
    mode: { type: 'string', multiple: true },
    page: { type: 'string', multiple: true },
    save: { type: 'string' },
    compress: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const project = resolve(options.site ?? ROOT);
const dist = join(project, 'dist');
const runs = Number(options.runs);
const modes = (options.mode ?? ['mobile', 'desktop']) as Mode[];
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, not ${options.runs}`);
if (modes.some((mode) => mode !== 'mobile' && mode !== 'desktop')) {
  throw new Error(`--mode is mobile or desktop, not ${modes.join(', ')}`);
}
if (!existsSync(join(dist, 'index.html'))) {
  if (options.site) throw new Error(`${dist} has no index.html: build that project first`);
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

/** The first of `candidates` built in dist/, else the first page folder of `dir` (in name order). */
function pageOf(dir: string, candidates: string[]): string {
  const found = candidates.find((name) => existsSync(join(dist, dir, name, 'index.html')));
  const first = readdirSync(join(dist, dir))
    .sort()
    .find((name) => existsSync(join(dist, dir, name, 'index.html')) && name !== 'year');
  const name = found ?? first;
  if (!name) throw new Error(`${join(dist, dir)} has no page`);
  return `/${dir}/${name}/`;
}

/** The report page with the most HTML: the heaviest a reader opens from the home page. */
function largestReport(): string {
  const sizes = readdirSync(join(dist, 'reports'))
    .filter((name) => name !== 'year' && existsSync(join(dist, 'reports', name, 'index.html')))
    .map((name) => ({ name, size: statSync(join(dist, 'reports', name, 'index.html')).size }));
  sizes.sort((a, b) => b.size - a.size);
  return `/reports/${sizes[0]!.name}/`;
}

// The same pages at every archive size where they exist (the 2023 review and the pages of the five
// source reports), so figures at 5 and 1,000 reports compare; plus the heaviest report page.
const pages = options.page ?? [
  ...new Set([
    '/',
    pageOf('reports', ['2023-work-review']),
    largestReport(),
    `/search/?${PARAMS.query}=${encodeURIComponent('专精特新')}`,
    '/data/',
    pageOf('indicators', ['industrial-output']),
    '/timeline/',
    pageOf('entities', ['chongqing-gearbox']),
  ]),
];

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
const startLoad = load();
const server = await serveStatic(dist, 0, { headers: siteHeaders(dist), compress: options.compress });
const chrome = await launchForLighthouse();
const results: Array<{ page: string; mode: Mode; summary: MedianRun }> = [];
let lighthouseVersion = '';
// The user agent says only the major version; Debian's wrapper says the whole one.
const chromium = execFileSync(CHROMIUM, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
try {
  for (const mode of modes) {
    for (const page of pages) {
      const summaries: RunSummary[] = [];
      for (let run = 1; run <= runs; run++) {
        const lhr = await runLighthouse(server.origin + page, mode, chrome.port);
        lighthouseVersion = lhr.lighthouseVersion;
        summaries.push(summarise(lhr));
        if (options.save) {
          mkdirSync(options.save, { recursive: true });
          const name = `${mode}-${page.replace(/[^\w]+/g, '_')}-${run}.json`;
          writeFileSync(join(options.save, name), JSON.stringify(lhr));
        }
      }
      const summary = medianRun(summaries);
      results.push({ page, mode, summary });
      console.error(
        `  ${mode} ${decodeURIComponent(page)}: ${CATEGORIES.map((id) => summary.scores[id]).join(' ')}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const reports = readdirSync(join(project, 'content/reports')).filter((name) => name.endsWith('.mdx')).length;
const cpu =
  cpus()[0]
    ?.model.replace(/\s+\d+-Core Processor|\(R\)|\(TM\)/g, '')
    .trim() ?? 'unknown CPU';
console.log(
  `\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${reports} reports (${project}), ` +
    `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB, Lighthouse ${lighthouseVersion}, ${chromium}; ` +
    `${options.compress ? 'compressed' : 'uncompressed'}, median of ${runs} run${runs > 1 ? 's' : ''}; load average ${startLoad} at the start, ${load()} at the end\n`,
);
console.log(
  markdownTable([
    ['page', 'mode', 'perf (worst run)', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'CLS', 'bytes'],
    ...results.map(({ page, mode, summary }) => [
      decodeURIComponent(page),
      mode,
      `${summary.scores.performance} (${summary.worstPerformance})`,
      ...CATEGORIES.slice(1).map((id) => String(summary.scores[id])),
      `${(summary.lcp / 1000).toFixed(2)} s`,
      `${Math.round(summary.tbt)} ms`,
      summary.cls.toFixed(3),
      `${(summary.bytes / 1000).toFixed(1)} kB`,
    ]),
  ]),
);
const findings = results.flatMap(({ page, mode, summary }) =>
  summary.findings.map(
    (finding) =>
      `${mode} ${decodeURIComponent(page)}: ${finding.audit}: ${finding.score.toFixed(2)}` +
      ` (${finding.runs} of ${runs} run${runs > 1 ? 's' : ''})`,
  ),
);
console.log(
  findings.length
    ? `\nAudits short of full marks (lowest score of the runs):\n${findings.join('\n')}`
    : '\nEvery audit had full marks in every run.',
);
