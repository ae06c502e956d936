/** Link-preview tags on every page, lastmod in the sitemap, and the dataset's version and date. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadPage, readReportSources, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

/** Every HTML page of dist/, as URL paths. */
function pages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === 'index.html' ? [`/${relative(DIST, dir)}/`.replace(/^\/+\/?/, '/')] : [];
  });
}

describe('link previews', () => {
  it('every page has og:url, og:type, og:image and Twitter card tags, with an image that exists', () => {
    const all = pages().filter((path) => !path.startsWith('/pagefind'));
    expect(all.length).toBeGreaterThan(50);
    for (const path of all) {
      const page = loadPage(path);
      const meta = (key: string) =>
        page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
      expect(meta('og:url'), path).toBe(page.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(['website', 'article'], path).toContain(meta('og:type'));
      expect(meta('twitter:card'), path).toBe('summary_large_image');
      expect(meta('twitter:title'), path).toBe(meta('og:title'));
      const image = new URL(meta('og:image'));
      expect(meta('twitter:image'), path).toBe(image.href);
      expect(existsSync(join(DIST, decodeURIComponent(image.pathname))), `${path}: ${image.pathname}`).toBe(
        true,
      );
    }
  });

  it('marks report pages as articles', () => {
    const [report] = readReportSources();
    const page = loadPage(`/reports/${report?.slug}/`);
    expect(page.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
  });
});

describe('the sitemap', () => {
  it('gives every address a lastmod, a report page its report’s date', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) expect(url, url).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
    for (const report of readReportSources()) {
      const date = String(
        report.frontmatter.date instanceof Date
          ? report.frontmatter.date.toISOString()
          : report.frontmatter.date,
      ).slice(0, 10);
      const entry = urls.find((url) => url.includes(`/reports/${report.slug}/</loc>`));
      expect(entry, report.slug).toContain(`<lastmod>${date}`);
    }
  });
});

describe('the dataset’s version and date', () => {
  it('are on /data/ and on each indicator page, the same everywhere', () => {
    const stamp = (path: string) => {
      const element = loadPage(path).querySelector('.dataset-stamp');
      return {
        version: element?.querySelector('[data-dataset-version]')?.textContent ?? '',
        date: element?.querySelector('time')?.getAttribute('datetime') ?? '',
        text: element?.textContent ?? '',
      };
    };
    const data = stamp('/data/');
    expect(data.version).toMatch(/^[0-9a-f]{8}$/);
    expect(data.text).toContain('数据更新于');
    const newest = readReportSources()
      .map((report) =>
        String(
          report.frontmatter.date instanceof Date
            ? report.frontmatter.date.toISOString()
            : report.frontmatter.date,
        ).slice(0, 10),
      )
      .sort()
      .at(-1);
    expect(data.date).toBe(newest);
    expect(stamp('/indicators/industrial-output/')).toEqual(data);
  });
});
