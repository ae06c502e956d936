/** The table `npm run bench:scale` prints: each measure, its value, and the aim beside it. */
import { cpus, totalmem } from 'node:os';
import type { DevTimes, RunCost, SiteWeights } from './scale-measure.ts';
import { markdownTable } from './text-table.ts';

/** Everything one run measured. */
export interface ScaleResults {
  started: Date;
  reports: number;
  half: number;
  site: RunCost;
  bare: RunCost;
  bareFind: RunCost;
  halfSite?: RunCost | undefined;
  halfBare?: RunCost | undefined;
  weights: SiteWeights;
  dev?: DevTimes | undefined;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const x = (ratio: number) => `${ratio.toFixed(2)} ×`;

/** The rows of the table: measure, value, aim. */
export function tableRows(r: ScaleResults): string[][] {
  const w = r.weights;
  const bareBoth = r.bare.wallMs + r.bareFind.wallMs;
  const bareBothCpu = r.bare.cpuMs + r.bareFind.cpuMs;
  const rows = [
    ['measure', `at ${r.reports} reports`, 'aim'],
    ['site build, wall', s(r.site.wallMs), ''],
    ['bare Astro + MDX build, wall', s(r.bare.wallMs), ''],
    ['bare Pagefind run, wall', s(r.bareFind.wallMs), ''],
    [
      'site / bare Astro / bare Pagefind, CPU',
      `${s(r.site.cpuMs)} / ${s(r.bare.cpuMs)} / ${s(r.bareFind.cpuMs)}`,
      '',
    ],
    ['build wall ÷ bare Astro', x(r.site.wallMs / r.bare.wallMs), ''],
    ['build wall ÷ (bare Astro + Pagefind)', x(r.site.wallMs / bareBoth), '≤ 2 ×'],
    ['build CPU ÷ (bare Astro + Pagefind)', x(r.site.cpuMs / bareBothCpu), ''],
    [
      'build peak memory (÷ bare)',
      `${mb(r.site.peakBytes)} (${x(r.site.peakBytes / Math.max(r.bare.peakBytes, r.bareFind.peakBytes))})`,
      '≤ 1.5 ×',
    ],
    [
      'per report: site / bare (+ Pagefind)',
      `${(r.site.wallMs / r.reports).toFixed(1)} ms / ${(r.bare.wallMs / r.reports).toFixed(1)} ms (${(bareBoth / r.reports).toFixed(1)} ms)`,
      '',
    ],
  ];
  if (r.halfSite && r.halfBare) {
    rows.push(
      [
        `linearity: site wall ${r.reports} ÷ ${r.half}`,
        x(r.site.wallMs / r.halfSite.wallMs),
        `≈ ${x(r.reports / r.half)}`,
      ],
      [`linearity: bare wall ${r.reports} ÷ ${r.half}`, x(r.bare.wallMs / r.halfBare.wallMs), ''],
    );
  }
  rows.push(
    ['report page HTML, median (max)', `${kb(w.reportMedian)} (${kb(w.reportMax)})`, '≤ 100 kB'],
    ['home page HTML, DOM elements', `${kb(w.home)}, ${w.homeElements}`, '≤ 1,500 elements'],
    [
      '/data/ HTML (largest of its pages, pages)',
      `${kb(w.dataFirst)} (${kb(w.dataMax)}, ${w.dataPages})`,
      '≤ 300 kB a page',
    ],
    ['indicator page HTML, median (max)', `${kb(w.indicatorMedian)} (${kb(w.indicatorMax)})`, ''],
    ['largest other page', `${kb(w.listMax.bytes)} ${w.listMax.path}`, '≤ 300 kB'],
    ['HTML pages built', String(w.htmlPages), ''],
    ['Pagefind index', `${mb(w.pagefindBytes)} in ${w.pagefindFiles} files`, ''],
    ['precache (sw.js list)', `${w.precacheUrls} URLs, ${mb(w.precacheBytes)}`, '≤ 5 MB'],
  );
  if (r.dev) {
    rows.push(
      ['astro dev: ready', s(r.dev.readyMs), ''],
      [`astro dev: first report page (HTTP ${r.dev.firstStatus})`, s(r.dev.firstPageMs), '≤ 3 s'],
      ['astro dev: second report page', s(r.dev.secondPageMs), ''],
    );
  }
  return rows;
}

/** Print the table as Markdown, with the date and the machine. */
export function printTable(r: ScaleResults): void {
  const cpu = cpus();
  console.log(
    `\n${r.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ` +
      `${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}\n`,
  );
  console.log(markdownTable(tableRows(r)));
}
