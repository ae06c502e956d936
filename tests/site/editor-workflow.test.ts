/**
 * The editors' workflow end to end, in one fixture build: a GBK newspaper text, a portal page, an
 * e-paper page and a social post go through `npm run import`; the editor deletes `draft: true`, writes
 * a summary and confirms one proposed figure; a scaffold from `npm run new-report` stays a draft. The
 * build publishes the four imports with every sentence, leaves the draft out of pages, feed, search and
 * dataset, keeps unconfirmed proposals out of the dataset, and names the draft and each open proposal.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkFidelity, frontmatterStrings } from '../../src/lib/text/fidelity.ts';
import { FIXTURES, runTool, scaffoldReport } from '../cli/helpers.ts';
import { makeFixtureSite, startDev, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

/** The fixtures imported, by the slug each is given. */
const IMPORTS: Record<string, string> = {
  '2024-gbk-import': 'report-gbk.txt',
  '2024-web-portal': 'shapes/web-portal.txt',
  '2024-epaper': 'shapes/epaper.txt',
  '2024-social-post': 'shapes/social-post.txt',
};

let site: FixtureSite;
let build: BuildResult;
let scaffolded: string;

/** A file of the fixture site. */
function read(path: string): string {
  return readFileSync(join(site.root, path), 'utf8');
}

/** What the editor does before publishing: delete the draft line, write a summary. */
function publish(path: string, confirm?: string): void {
  let text = read(path)
    .replace(/^draft: true\n/m, '')
    .replace(/^summary: .*$/m, 'summary: 编辑写的摘要，概括本报道。');
  if (confirm) text = text.replace(`<Fact metric="${confirm}"`, '<Fact metric="__confirmed__"');
  // Deleting `proposed` from one tag is the one edit that confirms it.
  text = text.replace(/<Fact metric="__confirmed__"([^>]*) proposed>/, `<Fact metric="${confirm}"$1>`);
  writeFileSync(join(site.root, path), text);
}

beforeAll(async () => {
  site = makeFixtureSite();
  for (const [slug, fixture] of Object.entries(IMPORTS)) {
    const run = runTool('import', [join(FIXTURES, fixture), '--root', site.root, '--slug', slug]);
    expect(run.status, run.stderr).toBe(0);
    expect(read(`content/reports/${slug}.mdx`)).toMatch(/^draft: true$/m);
    publish(`content/reports/${slug}.mdx`, slug === '2024-web-portal' ? 'industrial-output' : undefined);
  }
  scaffolded = scaffoldReport(site.root, '江津区2025年工业经济运行情况', '2026-01-15');
  build = await site.build();
}, 300_000);

afterAll(() => site?.remove());

/** A page of the fixture site's build. */
function page(path: string): Document {
  return parseHTML(read(join('dist', path, 'index.html'))).document;
}

/** The slug of the scaffolded draft. */
const draftSlug = () => /content\/reports\/(.+)\.mdx$/.exec(scaffolded)?.[1] ?? '';

describe('reports imported by an editor', () => {
  it('build once the draft flag is cleared', () => {
    expect(build.code, build.output).toBe(0);
  });

  it.each(Object.keys(IMPORTS))('%s: a page the reports index lists, holding every sentence', (slug) => {
    const links = [...page('reports').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`/reports/${slug}/`);
    const text = [...page(`reports/${slug}`).querySelectorAll('[data-report] [data-report-text]')]
      .map((part) => part.textContent ?? '')
      .join('\n');
    const mdx = read(`content/reports/${slug}.mdx`);
    const frontmatter: unknown = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '');
    // The UTF-8 copy the importer made: the GBK original would not read as text here.
    const file = (frontmatter as { source: { file: string } }).source.file;
    const raw = read(`content/sources/${file}`);
    expect(checkFidelity(raw, text, frontmatterStrings(frontmatter))).toEqual({
      missing: [],
      duplicated: [],
    });
  });

  it('shows kicker, headline and subtitle of the portal page, and the caption with its credit', () => {
    const doc = page('reports/2024-web-portal');
    expect(doc.querySelector('.headline-kicker')?.textContent).toContain('稳字当头');
    expect(doc.querySelector('h1')?.textContent?.replace(/\s/g, '')).toBe('江津前三季度规模工业产值增长9.6%');
    expect(doc.querySelector('.subtitle')?.textContent).toContain('全区工业经济运行情况综述');
    expect(doc.querySelector('.photo-caption__credit')?.textContent).toBe('通讯员 周雨桐 摄');
  });

  it('shows the bylines of the e-paper lead', () => {
    const credits = page('reports/2024-epaper').querySelector('.report-credits')?.textContent ?? '';
    expect(credits).toContain('罗思远');
    expect(credits).toContain('邓佳');
  });
});

describe('proposed figures', () => {
  const dataset = () =>
    JSON.parse(read('dist/data/indicators.json')) as { report: string; metric: string; value: number }[];

  it('a confirmed one reaches the dataset', () => {
    expect(dataset().filter((row) => row.report.includes('/reports/2024-web-portal/'))).toEqual([
      expect.objectContaining({ metric: 'industrial-output', value: 1468.2 }),
    ]);
  });

  it('unconfirmed ones stay out of it, and the build names each with file and line', () => {
    const fromImports = dataset().filter((row) => /2024-(epaper|social-post|gbk-import)/.test(row.report));
    expect(fromImports).toEqual([]);
    for (const [file, metric] of [
      ['2024-web-portal', 'industrial-output-growth'],
      ['2024-epaper', 'park-output'],
      ['2024-social-post', 'freight-trains'],
    ]) {
      expect(build.output).toMatch(
        new RegExp(`content/reports/${file}\\.mdx:\\d+: 待确认的数字.*metric="${metric}"`),
      );
    }
    expect(build.output).not.toMatch(/2024-web-portal\.mdx:\d+: 待确认的数字.*metric="industrial-output"/);
  });
});

describe('a draft', () => {
  it('is left out of the pages, the home page and the feed, and the build names it', () => {
    const slug = draftSlug();
    expect(slug).toMatch(/^2026-[a-z0-9-]+$/);
    expect(existsSync(join(site.root, 'dist/reports', slug))).toBe(false);
    const links = [...page('').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).not.toContain(`/reports/${slug}/`);
    expect(read('dist/rss.xml')).not.toContain(slug);
    expect(build.output).toContain(`content/reports/${slug}.mdx: 草稿，不发布`);
  });
});

describe('a draft in npm run dev', () => {
  it('is shown, so that the editor can check it before publishing', async () => {
    const dev = await startDev(site.root);
    try {
      const response = await fetch(`${dev.url}reports/${draftSlug()}/`);
      expect(response.status).toBe(200);
      const doc = parseHTML(await response.text()).document;
      expect(doc.querySelector('h1')?.textContent?.replace(/\s/g, '')).toBe('江津区2025年工业经济运行情况');
    } finally {
      dev.stop();
    }
  }, 120_000);
});

describe('search', () => {
  const fragments = () => {
    // Pagefind's fragments: gzipped JSON, one per page, behind a short signature.
    const dir = join(site.root, 'dist/pagefind/fragment');
    return readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
  };

  it('indexes the imported reports', () => {
    const imported = fragments().find((fragment) => fragment.url === '/reports/2024-gbk-import/');
    // Pagefind sets a space around the span of a figure; a reader's search ignores it.
    expect(imported?.content.replace(/[\u200b\s]/g, '')).toContain('江津区规上工业总产值达1953亿元');
    expect(fragments().some((fragment) => fragment.url === '/reports/2024-social-post/')).toBe(true);
  });

  it('does not index the draft', () => {
    expect(fragments().some((fragment) => fragment.url.includes(draftSlug()))).toBe(false);
  });
});
