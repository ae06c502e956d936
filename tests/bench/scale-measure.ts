/**
 * Measuring builds and their output for `npm run bench:scale`: wall and CPU time and peak memory of a
 * command (GNU time), the sizes of built pages, the Pagefind index and the precache, and how long
 * `astro dev` takes to render a first page.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT } from '../helpers/dist.ts';
import { precacheEntries } from '../helpers/precache.ts';

/** Astro's command line, run with the Node that runs this script (the project's pinned Node). */
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** What a measured command cost. */
export interface RunCost {
  wallMs: number;
  cpuMs: number;
  /** Largest resident set of the command or any one of its children, in bytes. */
  peakBytes: number;
  code: number | null;
  output: string;
  /** What each Pagefind binary the command started cost (already counted in cpuMs and peakBytes). */
  pagefind?: { cpuMs: number; peakBytes: number }[];
}

/** The value of a `/usr/bin/time -v` line. */
function timeField(report: string, name: string): string {
  return new RegExp(`${name.replace(/[()]/g, '\\$&')}: (.*)`).exec(report)?.[1]?.trim() ?? '';
}

/** Seconds in GNU time's `h:mm:ss` or `m:ss.ss` form. */
function clockSeconds(value: string): number {
  return value.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

/**
 * A wrapper for Pagefind's binary, run in its place (PAGEFIND_EXTENDED_BINARY_PATH) so that its cost is
 * counted. Pagefind's Node API kills the binary and never waits for it, so GNU time around Node sees
 * neither its CPU nor its memory; the wrapper times it on its own and appends a line
 * `wall user system maxKB` to the file in JJ_PAGEFIND_COST. It ignores the kill: the binary ends by
 * itself once its input closes, and then GNU time writes the line.
 */
function pagefindWrapper(dir: string): string {
  const binary = createRequire(join(ROOT, 'package.json')).resolve(
    `@pagefind/linux-${process.arch}/bin/pagefind_extended`,
  );
  const path = join(dir, 'pagefind-timed.sh');
  writeFileSync(
    path,
    `#!/bin/sh\necho started >> "$JJ_PAGEFIND_COST"\ntrap '' TERM\n` +
      `exec /usr/bin/time -f '%e %U %S %M' -a -o "$JJ_PAGEFIND_COST" '${binary}' "$@"\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** The CPU milliseconds and peak bytes of each Pagefind binary the wrapper timed, once all have ended. */
async function pagefindCosts(file: string): Promise<{ cpuMs: number; peakBytes: number }[]> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
    const done = lines.filter((line) => line !== 'started');
    if (done.length === lines.length - done.length) {
      return done.map((line) => {
        const [, user = 0, system = 0, kb = 0] = line.split(' ').map(Number);
        return { cpuMs: (user + system) * 1000, peakBytes: kb * 1024 };
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`a Pagefind binary did not end:\n${readFileSync(file, 'utf8')}`);
}

/**
 * Run `args` in `cwd` under GNU time and report what it cost, Pagefind's binary included (its CPU
 * added, its peak memory counted as that of one more process).
 */
export async function measure(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunCost> {
  const dir = mkdtempSync(join(tmpdir(), 'jj-scale-time-'));
  const costFile = join(dir, 'pagefind-cost.txt');
  try {
    const run = await timed(args, cwd, {
      PAGEFIND_EXTENDED_BINARY_PATH: pagefindWrapper(dir),
      JJ_PAGEFIND_COST: costFile,
      ...env,
    });
    const pagefind = await pagefindCosts(costFile);
    return {
      ...run,
      cpuMs: run.cpuMs + pagefind.reduce((sum, cost) => sum + cost.cpuMs, 0),
      peakBytes: Math.max(run.peakBytes, ...pagefind.map((cost) => cost.peakBytes)),
      pagefind,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run `args` in `cwd` under GNU time: what the command and the children it waited for cost. */
function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunCost> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const report = output.slice(output.lastIndexOf('Command being timed'));
      resolve({
        wallMs: clockSeconds(timeField(report, 'Elapsed (wall clock) time (h:mm:ss or m:ss)')) * 1000,
        cpuMs:
          (Number(timeField(report, 'User time (seconds)')) +
            Number(timeField(report, 'System time (seconds)'))) *
          1000,
        peakBytes: Number(timeField(report, 'Maximum resident set size (kbytes)')) * 1024,
        code,
        output,
      });
    });
  });
}

/** `astro build` in `root`. */
export function measureBuild(root: string): Promise<RunCost> {
  return measure([process.execPath, ASTRO, 'build'], root);
}

/** A Pagefind run over `dist` with the same Node API and options the site's integration uses. */
export function measurePagefind(root: string): Promise<RunCost> {
  const script = `import { createIndex, close } from 'pagefind';
const { index } = await createIndex({});
await index.addDirectory({ path: 'dist' });
await index.writeFiles({ outputPath: 'dist/pagefind' });
await close();`;
  return measure([process.execPath, '--input-type=module', '-e', script], root);
}

/** Every file under `dir` with its size, as paths relative to it. */
export function filesWithSizes(dir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(join(dir, file));
    if (stat.isFile()) sizes.set(file, stat.size);
  }
  return sizes;
}

/** The median of some numbers (NaN for none). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Sizes of the built site's pages and files that the budgets are about. */
export interface SiteWeights {
  reportMedian: number;
  reportMax: number;
  home: number;
  homeElements: number;
  dataFirst: number;
  dataMax: number;
  dataPages: number;
  indicatorMedian: number;
  indicatorMax: number;
  listMax: { path: string; bytes: number };
  pagefindBytes: number;
  pagefindFiles: number;
  precacheUrls: number;
  precacheBytes: number;
  htmlPages: number;
}

/** Measure the built site in `dist`; `reportSlugs` tells report pages from list pages under /reports/. */
export function siteWeights(dist: string, reportSlugs: Set<string>): SiteWeights {
  const files = filesWithSizes(dist);
  const html = [...files].filter(([file]) => file.endsWith('index.html'));
  const sizesUnder = (test: (file: string) => boolean) =>
    html.filter(([file]) => test(file)).map(([, s]) => s);
  const reports = sizesUnder(
    (file) => reportSlugs.has(file.split('/')[1] ?? '') && file.split('/').length === 3,
  );
  const indicators = sizesUnder((file) => /^indicators\/[^/]+\/index\.html$/.test(file));
  const data = sizesUnder((file) => file.startsWith('data/'));
  const lists = html.filter(
    ([file]) => !(reportSlugs.has(file.split('/')[1] ?? '') && file.startsWith('reports/')),
  );
  const biggest = lists.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0] as [
    string,
    number,
  ]);
  const pagefind = [...files].filter(([file]) => file.startsWith('pagefind/'));
  const precache = existsSync(join(dist, 'sw.js')) ? [...precacheEntries(dist).keys()] : [];
  const homeText = readFileSync(join(dist, 'index.html'), 'utf8');
  return {
    reportMedian: median(reports),
    reportMax: Math.max(...reports),
    home: files.get('index.html') ?? 0,
    homeElements: parseHTML(homeText).document.querySelectorAll('*').length,
    dataFirst: files.get('data/index.html') ?? 0,
    dataMax: Math.max(0, ...data),
    dataPages: data.length,
    indicatorMedian: median(indicators),
    indicatorMax: Math.max(0, ...indicators),
    listMax: { path: `/${biggest[0].replace(/index\.html$/, '')}`, bytes: biggest[1] },
    pagefindBytes: pagefind.reduce((sum, [, size]) => sum + size, 0),
    pagefindFiles: pagefind.length,
    precacheUrls: precache.length,
    precacheBytes: precache.reduce((sum, url) => sum + (files.get(url.replace(/^\//, '')) ?? 0), 0),
    htmlPages: html.length,
  };
}

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** How long `astro dev` takes: to be ready, then to render a first and a second report page. */
export interface DevTimes {
  readyMs: number;
  firstPageMs: number;
  secondPageMs: number;
  firstStatus: number;
}

/** Start `astro dev` in `root`, time the first render of `paths[0]` and `paths[1]`, and stop it. */
export async function measureDev(root: string, paths: [string, string]): Promise<DevTimes> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
      if (/ready in|Local/.test(output)) break;
      if (performance.now() - started > 300_000) throw new Error(`astro dev not ready:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const readyMs = performance.now() - started;
    const time = async (path: string) => {
      const before = performance.now();
      const response = await fetch(`${origin}${path}`);
      await response.text();
      return { ms: performance.now() - before, status: response.status };
    };
    const first = await time(paths[0]);
    const second = await time(paths[1]);
    return { readyMs, firstPageMs: first.ms, secondPageMs: second.ms, firstStatus: first.status };
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}
