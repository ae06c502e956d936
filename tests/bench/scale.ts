/**
 * Scale benchmark: `npm run bench:scale [-- --reports 1000] [--no-half] [--no-search] [--no-dev] [--keep]`.
 * Generates an archive of N reports from the real five (tests/bench/scale-generate.ts), then, in the
 * same run: builds the site over it, a bare Astro + MDX project over the same files and a bare Pagefind
 * run over that, and the site again at N/2 (linearity); measures the built pages, the search index, the
 * precache, search in Chromium (tests/bench/search.ts against the generated site) and `astro dev`'s
 * first report page; and prints one table.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readReportSources, ROOT } from '../helpers/dist.ts';
import { generateReports } from './scale-generate.ts';
import { measureBuild, measureDev, measurePagefind, siteWeights, type RunCost } from './scale-measure.ts';
import { removeProject, writeBareProject, writeSiteProject } from './scale-project.ts';
import { printTable } from './scale-table.ts';

const argv = process.argv.slice(2);
const option = (name: string) => argv.includes(`--${name}`);
const reportsOption = argv.includes('--reports') ? Number(argv[argv.indexOf('--reports') + 1]) : 1000;
if (!Number.isInteger(reportsOption) || reportsOption < 2)
  throw new Error('--reports takes a whole number ≥ 2');

/** Fail with the build's output when a build did not succeed. */
function ok(cost: RunCost, what: string): RunCost {
  if (cost.code !== 0) throw new Error(`${what} failed (exit ${cost.code}):\n${cost.output.slice(-4000)}`);
  return cost;
}

/** The search benchmark's table for the site in `dist`, or a note why there is none. */
function searchTable(dist: string): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'tests/bench/search.ts')], {
    env: { ...process.env, DIST_DIR: dist },
    encoding: 'utf8',
    timeout: 1_800_000,
  });
  return run.status === 0 ? run.stdout.trim() : `search benchmark failed:\n${run.stderr.slice(-2000)}`;
}

const started = new Date();
const sources = readReportSources();
const reports = generateReports(sources, reportsOption);
const half = generateReports(sources, Math.round(reportsOption / 2));
const projects: string[] = [];
try {
  console.log(`bench:scale: ${reports.length} reports (and ${half.length} for linearity)`);
  const bareRoot = writeBareProject(reports);
  const siteRoot = writeSiteProject(reports);
  projects.push(bareRoot, siteRoot);
  const bare = ok(await measureBuild(bareRoot), 'bare Astro build');
  const bareFind = ok(await measurePagefind(bareRoot), 'bare Pagefind run');
  console.log(
    `  bare Astro ${(bare.wallMs / 1000).toFixed(1)} s, Pagefind ${(bareFind.wallMs / 1000).toFixed(1)} s`,
  );
  const site = ok(await measureBuild(siteRoot), 'site build');
  console.log(`  site ${(site.wallMs / 1000).toFixed(1)} s`);
  let halfSite: RunCost | undefined;
  let halfBare: RunCost | undefined;
  if (!option('no-half')) {
    const halfSiteRoot = writeSiteProject(half);
    const halfBareRoot = writeBareProject(half);
    projects.push(halfSiteRoot, halfBareRoot);
    halfBare = ok(await measureBuild(halfBareRoot), 'bare Astro build at N/2');
    halfSite = ok(await measureBuild(halfSiteRoot), 'site build at N/2');
  }
  const slugs = new Set(reports.map((report) => report.slug));
  const weights = siteWeights(join(siteRoot, 'dist'), slugs);
  const generated = reports.filter((report) => !sources.some((source) => source.slug === report.slug));
  const dev = option('no-dev')
    ? undefined
    : await measureDev(siteRoot, [
        `/reports/${generated.at(-1)?.slug ?? sources[0]?.slug}/`,
        `/reports/${generated.at(-2)?.slug ?? sources[1]?.slug}/`,
      ]);
  printTable({
    started,
    reports: reports.length,
    half: half.length,
    site,
    bare,
    bareFind,
    halfSite,
    halfBare,
    weights,
    dev,
  });
  if (!option('no-search'))
    console.log(`\nsearch at ${reports.length} reports:\n${searchTable(join(siteRoot, 'dist'))}`);
  if (option('keep')) console.log(`\nkept: ${projects.join(' ')}`);
} finally {
  if (!option('keep')) projects.forEach(removeProject);
}
