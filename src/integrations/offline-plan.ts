/**
 * Which files the service worker stores up front and which a reader saves on demand. Up front: the
 * shell (scripts, styles, icons, the pages one level deep: home, lists, search, offline page), the
 * phrase index's page list and page sets (offline search finds every page of the archive), each
 * indicator's latest values (any saved report page's popovers load them; one small file a metric,
 * however many reports), the newest reports' pages and the downloads, shell pages and downloads only
 * when small (PRECACHE_FILE_LIMIT).
 * On demand (the archive list, offered on /offline/ with its size): every other page, the pages' texts
 * for excerpts, the index's positions (exact phrase order offline), chart images, large shell pages and
 * large downloads.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  ARCHIVE_LIST,
  DOWNLOADS,
  LATEST_REPORTS,
  PRECACHE_FILE_LIMIT,
  type ArchiveList,
} from '../lib/offline/archive.ts';
import { PHRASE_DIR, PHRASE_ENTRY, type PageInfo, type PhraseEntry } from '../lib/search/phrase-format.ts';

/** The service worker's file, at the site root so that its scope is the whole site. */
export const SW_FILE = 'sw.js';

/** The worker's own handlers (src/scripts/offline/sw-handlers.ts), loaded with importScripts. */
export const SW_HANDLERS = 'sw-handlers.js';

/** Files stored up front, besides the listed pages and downloads (globs, relative to the output folder). */
const SHELL_PATTERNS = [
  '_astro/**/*.{js,css}',
  '*.{svg,png,webmanifest}',
  `${PHRASE_DIR}/{index.json,pages-*,sets-*}`,
  'indicators/*/latest.json',
];

/** Never offered for saving: the worker itself, search engine files this site does not load, maps. */
const NOT_ARCHIVED =
  /^(sw(-handlers)?\.js|offline-archive\.json|sitemap.*|.*\.map|pagefind\/(?!fragment\/).*)$/;

/** The plan: globs for the precache, and the archive list of everything else. */
export interface OfflinePlan {
  precache: string[];
  archive: ArchiveList;
}

/** A built file's site-root address: `reports/x/index.html` → `/reports/x/`. */
export function addressOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The newest reports' page files, from the phrase index's page list (newest first). */
async function latestReportFiles(dir: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(join(dir, PHRASE_DIR, PHRASE_ENTRY), 'utf8')) as PhraseEntry;
  const pages = JSON.parse(
    gunzipSync(await readFile(join(dir, PHRASE_DIR, entry.pages))).toString('utf8'),
  ) as PageInfo[];
  return pages
    .filter((page) => /^\/reports\/[^/]+\/$/.test(page.url))
    .slice(0, LATEST_REPORTS)
    .map((page) => `${page.url.slice(1)}index.html`);
}

/** Plans the offline storage of the site built in `dir`. */
export async function planOffline(dir: string): Promise<OfflinePlan> {
  const files = ((await readdir(dir, { recursive: true })) as string[])
    .map((file) => file.split('\\').join('/'))
    .sort();
  const sizes = new Map<string, number>();
  for (const file of files) {
    const info = await stat(join(dir, file));
    if (info.isFile()) sizes.set(file, info.size);
  }
  const small = (file: string) => (sizes.get(file) ?? Infinity) <= PRECACHE_FILE_LIMIT;
  const shellPages = [...sizes.keys()].filter(
    (file) => /^([^/]+\/)?index\.html$|^404\.html$/.test(file) && small(file),
  );
  const downloads = DOWNLOADS.map((url) => url.slice(1)).filter(small);
  const precache = [...SHELL_PATTERNS, ...shellPages, ...(await latestReportFiles(dir)), ...downloads];
  const stored = new Set([...shellPages, ...precache]);
  const shellMatch = (file: string) =>
    /^_astro\/.*\.(js|css)$/.test(file) ||
    /^[^/]+\.(svg|png|webmanifest)$/.test(file) ||
    /^indicators\/[^/]+\/latest\.json$/.test(file) ||
    new RegExp(`^${PHRASE_DIR}/(index\\.json|pages-|sets-)`).test(file);
  const archived = [...sizes].filter(
    ([file]) => !stored.has(file) && !shellMatch(file) && !NOT_ARCHIVED.test(file),
  );
  const archive: ArchiveList = {
    files: archived.map(([file, bytes]) => ({ url: addressOf(file), bytes })),
    bytes: archived.reduce((sum, [, bytes]) => sum + bytes, 0),
  };
  return { precache, archive };
}

/** Where the archive list is written. */
export const archiveListFile = (dir: string) => join(dir, ARCHIVE_LIST);
