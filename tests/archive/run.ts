/**
 * `npm run test:archive [-- --reports N] [--keep] [--site <project>]`: the search and offline tests on a
 * generated archive. Generates N reports (default 1,000) from the real five (tests/bench/scale-generate.ts)
 * into a temporary copy of the site (tests/bench/scale-project.ts), builds it with the real build
 * (src/cli/build.ts), then runs the test files of vitest.archive.config.ts against that project's dist/ and
 * content/ (SITE_ROOT), so every expected result comes from the archive's own pages. `--site` reuses a
 * project kept by an earlier `--keep` run instead of generating and building one.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readReportSources, ROOT } from '../helpers/dist.ts';
import { generateReports } from '../bench/scale-generate.ts';
import { removeProject, writeSiteProject } from '../bench/scale-project.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
});
const count = Number(values.reports);
if (!Number.isInteger(count) || count < 5) throw new Error('--reports takes a whole number ≥ 5');

/** Run `args` with this script's Node in `cwd`; resolves with the exit code and, unless shown, the output. */
function run(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  show: boolean,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: show ? 'inherit' : 'pipe' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => done({ code, output }));
  });
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
let root = values.site ? resolve(values.site) : '';
let code = 1;
try {
  if (!root) {
    let since = performance.now();
    // The real five of this repository, whatever SITE_ROOT the caller has set.
    root = writeSiteProject(generateReports(readReportSources(join(ROOT, 'content/reports')), count));
    console.log(`test:archive: ${count} reports generated in ${root} (${seconds(since)})`);
    since = performance.now();
    // The real build, atomic output and post-build checks included; its page list is long, so it is
    // kept in a file and only its tail shown when it fails.
    const build = await run([join(root, 'src/cli/build.ts')], root, env, false);
    writeFileSync(join(root, 'build.log'), build.output);
    if (build.code !== 0)
      throw new Error(`the build failed (exit ${build.code}):\n${build.output.slice(-6000)}`);
    console.log(`test:archive: built in ${seconds(since)}`);
  }
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error(`${root}/dist/ holds no built site`);
  const since = performance.now();
  const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
  const tests = await run(
    [vitest, 'run', '--config', 'vitest.archive.config.ts'],
    ROOT,
    // Each test file reads every page's indexed text; the first writes it down for the others.
    { ...env, SITE_ROOT: root, INDEXED_PAGES_MEMO: join(root, 'indexed-pages.json') },
    true,
  );
  console.log(`test:archive: tests ran in ${seconds(since)}`);
  code = tests.code ?? 1;
} finally {
  if (root && !values.site && !values.keep) removeProject(root);
  else if (root) console.log(`test:archive: kept ${root}`);
}
process.exitCode = code;
