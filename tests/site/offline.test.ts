/**
 * The built site works offline: the service worker precaches every page and every file of the search
 * index (a list made before Pagefind wrote the index would miss it), and the manifest makes it
 * installable.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadPage, requireDist } from '../helpers/dist.ts';
import { precacheEntries } from '../helpers/precache.ts';
import { htmlFiles } from '../helpers/search.ts';

beforeAll(requireDist);

/** Pagefind's files that make up the index and the search code (not its unused UIs). */
function indexFiles(): string[] {
  return (readdirSync(join(DIST, 'pagefind'), { recursive: true }) as string[])
    .map((file) => `pagefind/${file.split('\\').join('/')}`)
    .filter((file) => !/pagefind-.*ui|pagefind-highlight/.test(file) && /\.\w+$/.test(file))
    .sort();
}

describe('service worker', () => {
  it('precaches every page of the site', () => {
    const precached = precacheEntries();
    const missing = htmlFiles().filter((file) => !precached.has(file.split('\\').join('/')));
    expect(missing).toEqual([]);
  });

  it('precaches the whole search index, its wasm and its scripts', () => {
    const precached = precacheEntries();
    const files = indexFiles();
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(files.some((file) => file.startsWith('pagefind/wasm.'))).toBe(true);
    expect(files.some((file) => file.startsWith('pagefind/filter/'))).toBe(true);
    expect(files.filter((file) => !precached.has(file))).toEqual([]);
  });

  it('precaches every script and stylesheet the pages use', () => {
    const precached = precacheEntries();
    const assets = (readdirSync(join(DIST, '_astro')) as string[]).map((file) => `_astro/${file}`);
    expect(assets.filter((file) => !precached.has(file))).toEqual([]);
  });

  it('lists only files that exist, each unhashed file with a revision', () => {
    for (const [url, revision] of precacheEntries()) {
      expect(existsSync(join(DIST, url)), url).toBe(true);
      if (!/^(_astro|pagefind\/(index|fragment|filter))\//.test(url))
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
      const link = loadPage(`/${file}`).querySelector('link[rel="manifest"]');
      expect(link?.getAttribute('href'), file).toBe('/manifest.webmanifest');
    }
  });
});
