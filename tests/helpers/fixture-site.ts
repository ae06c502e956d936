/**
 * A throwaway copy of the project for tests that must build a site unlike ours (a broken report, an
 * extra year of data): the copy has its own content/, .astro/ and dist/, and shares node_modules/.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './dist.ts';

/** What the project copy needs to build. */
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** The result of building a fixture site. */
export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as an editor would see them. */
  output: string;
}

/** A copy of the project in a temporary folder. */
export interface FixtureSite {
  root: string;
  /** Run `astro build` in the copy (with the project's pinned Node). */
  build(): Promise<BuildResult>;
  /** Run `npm run build`'s script (src/cli/build.ts: atomic output, checks) in the copy, with `env` added. */
  buildSite(args?: string[], env?: Record<string, string>): Promise<BuildResult>;
  /** Delete the copy. */
  remove(): void;
}

/** Copy the project to a temporary folder, for a test to change its content and build it. */
export function makeFixtureSite(): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'jj-fixture-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const run = (args: string[], env: Record<string, string> = {}): Promise<BuildResult> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
  return {
    root,
    build: () => run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']),
    buildSite: (args = [], env = {}) => run([join(root, 'src/cli/build.ts'), ...args], env),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
