/**
 * The built site works offline at any size: the service worker precaches the shell, the whole search
 * index, the newest reports and the downloads (a list made before the index was written would miss
 * it), and lists every other page and file, with its size, for the reader to save; the manifest makes
 * the site installable.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_LIST,
  DOWNLOADS,
  LATEST_REPORTS,
  PRECACHE_BUDGET,
  PRECACHE_FILE_LIMIT,
  type ArchiveList,
} from '../../src/lib/offline/archive.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { precacheEntries } from '../helpers/precache.ts';
import { htmlFiles, urlOf } from '../helpers/search.ts';

beforeAll(requireDist);

const archive = () => JSON.parse(readFileSync(join(DIST, ARCHIVE_LIST), 'utf8')) as ArchiveList;
const files = (dir: string) =>
  (readdirSync(join(DIST, dir), { recursive: true }) as string[])
    .map((file) => `${dir}/${file.split('\\').join('/')}`)
    .filter((file) => statSync(join(DIST, file)).isFile());

describe('service worker', () => {
  it('precaches the shell pages, the newest reports and no other page', () => {
    const precached = precacheEntries();
    const pages = htmlFiles().map((file) => file.split('\\').join('/'));
    const shell = pages.filter((file) => /^([^/]+\/)?index\.html$|^404\.html$/.test(file));
    expect(shell).toContain('offline/index.html');
    // A shell page that grows with the archive past the file limit is saved on demand instead.
    const small = (file: string) => statSync(join(DIST, file)).size <= PRECACHE_FILE_LIMIT;
    expect(shell.filter((file) => small(file) && !precached.has(file))).toEqual([]);
    const listed = new Set(archive().files.map((file) => file.url));
    expect(shell.filter((file) => !small(file) && (precached.has(file) || !listed.has(urlOf(file))))).toEqual(
      [],
    );
    for (const file of ['index.html', 'search/index.html', 'offline/index.html'])
      expect(precached.has(file), file).toBe(true);
    const reports = pages.filter((file) => /^reports\/[^/]+\/index\.html$/.test(file));
    const precachedReports = reports.filter((file) => precached.has(file));
    expect(precachedReports.length).toBe(Math.min(LATEST_REPORTS, reports.length));
    const archivePages = pages.filter((file) => !shell.includes(file) && !/^reports\/[^/]+\//.test(file));
    expect(archivePages.length).toBeGreaterThan(20);
    expect(archivePages.filter((file) => precached.has(file))).toEqual([]);
  });

  it('precaches the phrase index but its positions, so that offline search finds every page', () => {
    const precached = precacheEntries();
    const index = files('phrase-index');
    const upFront = index.filter((file) => !file.includes('/pos-'));
    expect(upFront.some((file) => file.endsWith('index.json'))).toBe(true);
    expect(upFront.some((file) => file.includes('/sets-'))).toBe(true);
    expect(upFront.filter((file) => !precached.has(file))).toEqual([]);
    const listed = new Set(archive().files.map((file) => file.url));
    const positions = index.filter((file) => file.includes('/pos-'));
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.filter((file) => precached.has(file) || !listed.has(`/${file}`))).toEqual([]);
  });

  it('precaches every indicator’s latest values, so that a saved report page’s popovers list them', () => {
    const precached = precacheEntries();
    const latest = files('indicators').filter((file) => file.endsWith('/latest.json'));
    expect(latest.length).toBeGreaterThan(100);
    expect(latest.filter((file) => !precached.has(file))).toEqual([]);
    const listed = new Set(archive().files.map((file) => file.url));
    expect(latest.filter((file) => listed.has(`/${file}`))).toEqual([]);
  });

  it('precaches the downloads and the feed when small, and offers the others for saving', () => {
    const precached = precacheEntries();
    const listed = new Set(archive().files.map((file) => file.url));
    for (const url of DOWNLOADS) {
      const small = statSync(join(DIST, url)).size <= PRECACHE_FILE_LIMIT;
      expect({ url, precached: precached.has(url.slice(1)), listed: listed.has(url) }).toEqual({
        url,
        precached: small,
        listed: !small,
      });
    }
  });

  it('offers every other page and every page text for saving, with its size', () => {
    const precached = precacheEntries();
    const listed = new Map(archive().files.map((file) => [file.url, file.bytes]));
    const notPrecached = htmlFiles()
      .map((file) => file.split('\\').join('/'))
      .filter((file) => !precached.has(file));
    expect(notPrecached.length).toBeGreaterThan(0);
    for (const file of notPrecached)
      expect(listed.get(urlOf(file)), file).toBe(statSync(join(DIST, file)).size);
    for (const file of files('pagefind/fragment')) expect(listed.has(`/${file}`), file).toBe(true);
    expect(archive().bytes).toBe([...listed.values()].reduce((sum, bytes) => sum + bytes, 0));
  });

  it('keeps the first precache within its budget', () => {
    const bytes = [...precacheEntries().keys()].reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });

  it('precaches every script and stylesheet the pages use', () => {
    const precached = precacheEntries();
    const assets = files('_astro').filter((file) => /\.(js|css)$/.test(file));
    expect(assets.filter((file) => !precached.has(file))).toEqual([]);
  });

  it('lists only files that exist, each unhashed file with a revision', () => {
    for (const [url, revision] of precacheEntries()) {
      expect(existsSync(join(DIST, url)), url).toBe(true);
      if (!/^(_astro\/|phrase-index\/(sets|pages)-)/.test(url))
        expect(revision, url).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('lets the reader decide when a new version takes over', () => {
    const source = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(source).toContain('SKIP_WAITING');
    expect(source).not.toMatch(/self\.skipWaiting\(\)\s*[,;]\s*self\.addEventListener\("activate"/);
  });
});

describe('web app manifest', () => {
  const manifest = () =>
    JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      lang: string;
      start_url: string;
      display: string;
      icons: Array<{ src: string; sizes: string; type: string }>;
    };

  it('names the site in Chinese and opens it standalone', () => {
    expect(manifest()).toMatchObject({
      name: '江津工业经济数据故事',
      lang: 'zh-CN',
      start_url: '/',
      display: 'standalone',
    });
  });

  it('has an SVG icon and PNG icons of 192 and 512 pixels that exist', () => {
    const icons = manifest().icons;
    expect(icons.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512', 'any']);
    for (const icon of icons) {
      const file = readFileSync(join(DIST, icon.src));
      if (icon.type === 'image/png') {
        // The PNG header's width and height must match what the manifest says.
        expect(`${file.readUInt32BE(16)}x${file.readUInt32BE(20)}`).toBe(icon.sizes);
      }
    }
  });

  it('is linked from every page', () => {
    for (const file of htmlFiles()) {
      // Only the head: a generated archive has thousands of pages.
      const html = readFileSync(join(DIST, file), 'utf8');
      const { document } = parseHTML(html.slice(0, html.indexOf('</head>') + '</head>'.length));
      const link = document.querySelector('link[rel="manifest"]');
      expect(link?.getAttribute('href'), file).toBe('/manifest.webmanifest');
    }
  });
});
