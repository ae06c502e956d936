/** The pages a reader finds in dist/: home, reports index, five report pages, about, guide and 404. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/schema/topics.ts';
import { stripBreakMarks } from '../../src/lib/text/breaks.ts';
import { DIST, loadPage, readReportSources, requireDist } from '../helpers/dist.ts';

const reports = readReportSources();

beforeAll(requireDist);

/** Every HTML file of the built site. */
function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('the built site', () => {
  it('has the home, index, about, guide and 404 pages and one page per report', () => {
    for (const page of [
      'index.html',
      'reports/index.html',
      'about/index.html',
      'guide/index.html',
      '404.html',
    ]) {
      expect(existsSync(join(DIST, page)), page).toBe(true);
    }
    expect(reports).toHaveLength(5);
    for (const { slug } of reports) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(join(DIST, 'reports', slug, 'index.html')), slug).toBe(true);
    }
  });

  it('declares Simplified Chinese on every page', () => {
    for (const file of htmlFiles()) {
      expect(loadPage('/' + relative(DIST, file)).documentElement.getAttribute('lang'), file).toBe('zh-CN');
    }
  });

  it('loads nothing from another site: no remote scripts, styles, fonts or images', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      const remote = [
        ...html.matchAll(/<(script|link|img|iframe|source)\b[^>]*\b(src|href)="(https?:)?\/\/[^"]*"/g),
      ]
        .map((match) => match[0])
        .filter((tag) => !/rel="(canonical|alternate)"/.test(tag));
      expect(remote, file).toEqual([]);
      expect(html).not.toMatch(/@import\s+url\(\s*['"]?https?:/);
    }
  });
});

describe('the home page', () => {
  const home = () => loadPage('/');

  it('lists the newest reports first, with period, date and summary, and links to all of them', () => {
    const links = [...home().querySelectorAll('.report-card h3 a')].map((a) => a.getAttribute('href'));
    const newestFirst = [...reports]
      .sort((a, b) => String(b.frontmatter.date).localeCompare(String(a.frontmatter.date)))
      .map((report) => `/reports/${report.slug}/`);
    // The home page stays small at any size of archive: the newest few, then 全部N篇报道.
    expect(links).toEqual(newestFirst.slice(0, 4));
    expect(home().querySelector('main a[href="/reports/"]')?.textContent).toBe(`全部${reports.length}篇报道`);
    const first = home().querySelector('.report-card');
    expect(first?.textContent).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(first?.textContent).toMatch(/年度\s*\d{4}年/);
    expect(first?.querySelector('.report-card__summary')?.textContent?.length).toBeGreaterThan(20);
  });
});

describe.each(reports)('the report page $slug', ({ slug, frontmatter }) => {
  const page = () => loadPage(`/reports/${slug}/`);

  it('shows its title, Chinese date, period and credits', () => {
    const doc = page();
    const title = doc.querySelector('h1')?.textContent ?? '';
    // The editor's break marks (|) print as break opportunities, never as text.
    const plain = stripBreakMarks(frontmatter.title);
    expect(title.replace(/\s/g, '')).toBe(plain.replace(/\s/g, ''));
    const date = new Date(`${String(frontmatter.date)}T00:00:00Z`);
    expect(doc.querySelector('.report-header time')?.textContent).toBe(
      `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`,
    );
    expect(doc.querySelector('.report-header')?.textContent).toContain(`${String(frontmatter.period)}年`);
    expect(doc.title).toContain(plain);
  });

  it('has a table of contents linking to each section heading', () => {
    const doc = page();
    const targets = [...doc.querySelectorAll('.report-toc a')].map((a) =>
      decodeURIComponent(a.getAttribute('href') ?? ''),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(doc.getElementById(target.slice(1)), target).not.toBeNull();
  });

  it('links to its neighbours', () => {
    const pager = [...page().querySelectorAll('.pager a')];
    expect(pager.length).toBeGreaterThanOrEqual(1);
    for (const link of pager) expect(link.getAttribute('href')).toMatch(/^\/reports\/[a-z0-9-]+\/$/);
  });

  it('sets captions apart from the story, never as body paragraphs', () => {
    const doc = page();
    for (const caption of doc.querySelectorAll('.photo-caption')) {
      expect(caption.closest('p')).toBeNull();
    }
    const paragraphs = [...doc.querySelectorAll('[data-report-body] > p')].map((p) => p.textContent ?? '');
    expect(paragraphs.filter((text) => /^图为|摄$/.test(text.trim()))).toEqual([]);
  });
});

describe('topic pages', () => {
  it('list exactly the reports that carry each topic, and the tags lead to them', () => {
    for (const topic of TOPICS) {
      const listed = [
        ...loadPage(`/topics/${topic.slug}/`).querySelectorAll('.report-card a[href^="/reports/"]'),
      ].map((a) => a.getAttribute('href'));
      const carrying = reports
        .filter((report) => (report.frontmatter.topics as string[]).includes(topic.name))
        .map((report) => `/reports/${report.slug}/`);
      expect(listed.sort(), topic.name).toEqual(carrying.sort());
    }
    const tags = [...loadPage('/').querySelectorAll('.tags a')].map((a) => a.getAttribute('href'));
    expect(tags.length).toBeGreaterThan(5);
    for (const href of tags) expect(TOPICS.map((topic) => `/topics/${topic.slug}/`)).toContain(href);
  });
});
