/**
 * A throwaway copy of the project for tests that must build a site unlike ours (a broken report, an
 * extra year of data): the copy has its own content/, .astro/ and dist/, and shares node_modules/.
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
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

/**
 * The environment of a build as an editor's shell has it: without the variables Vitest sets for its own
 * run (MODE=test, DEV, PROD, NODE_ENV=test…), which Vite would read as the build's mode, so that a
 * fixture build would not be a production build (drafts and placeholders would slip through).
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'NODE_ENV', 'TEST', 'VITEST'])
    delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST_')) delete env[name];
  return env;
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
        env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
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

/** A running `astro dev` of a fixture site. */
export interface DevServer {
  /** The server's address, ending in `/`. */
  url: string;
  /** Stop the server. */
  stop(): void;
}

/** A loopback port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Start `astro dev` in a fixture site (as an editor's `npm run dev`), resolved once it serves. */
export async function startDev(root: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  const url = `http://127.0.0.1:${port}/`;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`astro dev exited (${String(code)}): ${output}`)));
  });
  return { url, stop: () => child.kill() };
}
