/** Running the editor tools as an editor would, against a temporary project folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { parse as parseYaml } from 'yaml';

/** This repository. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The fixtures of the importer: the same short report in several encodings, and files it must refuse. */
export const FIXTURES = join(ROOT, 'tests/fixtures/import');

/** The Node the project pins (it runs .ts files directly), else the one running the tests. */
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node'))
  ? join(ROOT, 'node_modules/.bin/node')
  : process.execPath;

/** What a tool run printed and how it exited. */
export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A new project folder holding only the topic list, removed when the test that made it ends. */
export function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'jiangjin-cli-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(ROOT, 'content/data/topics.json'), join(root, 'content/data/topics.json'));
  return root;
}

/** Run `src/cli/<tool>.ts` with `args`, relative paths resolved from `cwd` as npm would; `input` is typed. */
export function runTool(
  tool: 'import' | 'new-report' | 'new-metric',
  args: string[],
  cwd = ROOT,
  input?: string,
): ToolRun {
  const result = spawnSync(NODE, [join(ROOT, 'src/cli', `${tool}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd },
    ...(input === undefined ? {} : { input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * An editor's `npm run new-report -- --title … --date …` in the project at `root`: the draft's path
 * (relative to `root`, as the tool prints it). Fails the test if the tool does.
 */
export function scaffoldReport(root: string, title: string, date: string): string {
  const run = runTool('new-report', ['--title', title, '--date', date, '--root', root]);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

/** The names of the files in a folder of the project (none when it does not exist). */
export function filesIn(root: string, folder: string): string[] {
  const path = join(root, folder);
  return existsSync(path) ? readdirSync(path).sort() : [];
}

/** The frontmatter of an MDX file, parsed. */
export function frontmatterOf(mdx: string): unknown {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '');
}

/** The text of a file in the project. */
export function readProjectFile(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}
