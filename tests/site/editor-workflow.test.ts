/**
 * The editors' workflow end to end: a raw GBK text goes through `npm run import`, a scaffold through
 * `npm run new-report`, and both build as they are into report pages the site lists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runTool } from '../cli/helpers.ts';
import { makeFixtureSite, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

let site: FixtureSite;
let build: BuildResult;
let imported: string;
let scaffolded: string;

beforeAll(async () => {
  site = makeFixtureSite();
  const importRun = runTool('import', [
    join(FIXTURES, 'report-gbk.txt'),
    '--root',
    site.root,
    '--date',
    '2025-03-01',
    '--slug',
    '2024-gbk-import',
  ]);
  expect(importRun.status, importRun.stderr).toBe(0);
  expect(importRun.stderr).toContain('GB18030');
  imported = importRun.stdout.trim();
  const scaffoldRun = runTool('new-report', [
    '--title',
    '江津区2025年工业经济运行情况',
    '--date',
    '2026-01-15',
    '--root',
    site.root,
  ]);
  expect(scaffoldRun.status, scaffoldRun.stderr).toBe(0);
  scaffolded = scaffoldRun.stdout.trim();
  build = await site.build();
}, 300_000);

afterAll(() => site?.remove());

/** A page of the fixture site's build. */
function page(path: string): Document {
  return parseHTML(readFileSync(join(site.root, 'dist', path, 'index.html'), 'utf8')).document;
}

describe('a report added by an editor', () => {
  it('builds without hand editing', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('imported from GBK text: a page the reports index lists', () => {
    expect(imported).toBe('content/reports/2024-gbk-import.mdx');
    expect(existsSync(join(site.root, 'dist/reports/2024-gbk-import/index.html'))).toBe(true);
    const links = [...page('reports').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/reports/2024-gbk-import/');
  });

  it('scaffolded: a page the home page lists', () => {
    const slug = /content\/reports\/(.+)\.mdx$/.exec(scaffolded)?.[1] ?? '';
    expect(slug).toMatch(/^2026-[a-z0-9-]+$/);
    expect(page(`reports/${slug}`).querySelector('h1')?.textContent).toBe('江津区2025年工业经济运行情况');
    const links = [...page('').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`/reports/${slug}/`);
  });
});

describe('search', () => {
  it('indexes the imported report', () => {
    // Pagefind's fragments: gzipped JSON, one per page, behind a short signature.
    const dir = join(site.root, 'dist/pagefind/fragment');
    const fragments = readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
    const imported = fragments.find((fragment) => fragment.url === '/reports/2024-gbk-import/');
    expect(imported?.content.replace(/\u200b/g, '')).toContain('江津区规上工业总产值达1953亿元');
  });
});
