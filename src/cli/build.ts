/**
 * `npm run build`: builds the site into a fresh folder beside `dist/` (Astro, then the Pagefind index
 * and the service worker from its integrations, then the output checks) and puts it in the place of
 * `dist/` only when every step has succeeded. On failure the previous `dist/` is left byte for byte,
 * the errors are printed in Chinese and English with file:line:column and a hint, and the exit status
 * is 1. `--verbose` adds Astro's debug log and the stack traces.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { discardDir, makeStagingDir, replaceDir } from '../lib/build/atomic.ts';
import { outputProblems } from '../lib/build/checks.ts';
import { describeBuildError } from '../lib/errors/syntax.ts';

/** The error of the output checks; its message lists the problems, one line each. */
class OutputCheckError extends Error {
  override name = 'OutputCheckError';
}

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const verbose = values.verbose === true;
const root = process.cwd();
const target = resolve(root, 'dist');
const staging = makeStagingDir(target);

/** Removes the unfinished output, says what failed in both languages, and sets a failing exit status. */
function fail(error: unknown): void {
  discardDir(staging);
  console.error(`\n${describeBuildError(error, root).join('\n')}`);
  if (verbose) console.error(error);
  console.error('\n构建失败，dist/ 保持原样 / build failed; dist/ was left as it was');
  process.exitCode = 1;
}

/**
 * Without --verbose, drops stack-trace lines from what Astro and its plugins print: an editor needs the
 * message and the place, which the lines above and our summary give, not frames of compiled chunks.
 */
function hideStackFrames(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text.replace(/^[ \t]+at .*(?:\r?\n|$)/gm, '');
    return kept ? write(kept, ...rest) : true;
  }) as typeof stream.write;
}
if (!verbose) for (const stream of [process.stdout, process.stderr]) hideStackFrames(stream);

let settled = false;
// A step whose promise never settles (a child process that died unseen) would let Node exit with the
// half-built folder left behind; treat an empty event loop before the end as a failure.
process.once('beforeExit', () => {
  if (!settled) {
    settled = true;
    fail(new Error('构建步骤未完成就停止了 / a build step stopped without finishing'));
  }
});

try {
  await build({ root, outDir: staging, logLevel: verbose ? 'debug' : 'info' });
  const problems = outputProblems(staging);
  if (problems.length) throw new OutputCheckError(problems.map((problem) => `dist/${problem}`).join('\n'));
  replaceDir(staging, target);
  settled = true;
  console.log('网站已生成到 dist/ / the site is in dist/');
} catch (error) {
  settled = true;
  fail(error);
}
