/**
 * The temporary projects `npm run bench:scale` builds: a copy of this site with a generated archive
 * in place of content/reports/, and a bare Astro + MDX project over the same files (one page per report,
 * the MDX components as plain elements, no charts, facts, search or service worker), the baseline the
 * site's build is measured against.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/dist.ts';
import type { GeneratedReport } from './scale-generate.ts';

/** What a copy of the site needs to build. */
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Write `reports` as content/reports/<slug>.mdx under `root`. */
function writeReports(root: string, reports: GeneratedReport[]): void {
  const dir = join(root, 'content/reports');
  mkdirSync(dir, { recursive: true });
  for (const report of reports) writeFileSync(join(dir, `${report.slug}.mdx`), report.text);
}

/** Caches Astro and Vite keep in node_modules/: each project needs its own, or builds would share them. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A new temporary folder whose node_modules/ links to each of this project's packages, so that the
 * packages are shared but the caches Astro and Vite write there are not (a fresh, cold build each time).
 */
function tempProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

/** A copy of the site whose archive is `reports`; the data registries and sources come along. */
export function writeSiteProject(reports: GeneratedReport[]): string {
  const root = tempProject('jj-scale-site-');
  for (const name of COPIED) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  for (const name of ['data', 'sources']) {
    cpSync(join(ROOT, 'content', name), join(root, 'content', name), { recursive: true });
  }
  writeReports(root, reports);
  return root;
}

/** The bare project's files: the least Astro needs to turn each MDX report into a page. */
const BARE_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare', private: true, type: 'module' }),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], markdown: { syntaxHighlight: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { reports: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/reports' }) }) };
`,
  'src/components/Plain.astro': `<span><slot /></span>\n`,
  'src/components/Nothing.astro': ``,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const reports = await getCollection('reports');
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>Reports</title></head><body><ul>
{reports.map((r) => <li><a href={\`/reports/\${r.id}/\`}>{String(r.data.title)}</a></li>)}
</ul></body></html>
`,
  'src/pages/reports/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Plain from '../../components/Plain.astro';
import Nothing from '../../components/Nothing.astro';
export async function getStaticPaths() {
  return (await getCollection('reports')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
<body><main data-pagefind-body><h1>{String(entry.data.title)}</h1>
<Content components={{ Fact: Plain, Caption: Plain, Chart: Nothing }} /></main></body></html>
`,
};

/** A bare Astro + MDX project over `reports`. */
export function writeBareProject(reports: GeneratedReport[]): string {
  const root = tempProject('jj-scale-bare-');
  for (const [path, text] of Object.entries(BARE_FILES)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeReports(root, reports);
  return root;
}

/** Delete a temporary project. */
export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** `astro build` in `root`, for tests (no timing): the exit code and the output, stdout and stderr together. */
export function buildProject(root: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
