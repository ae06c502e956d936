/**
 * Offline reading at any size of archive: what the service worker stores up front (the shell, the
 * search index, the latest reports and the downloads) and what a reader saves on demand (every other
 * page and page text, listed in the archive list with their sizes). Shared by the build, the service
 * worker's handlers and the page scripts, so that they name the same cache and files.
 */

/** The cache holding pages and files stored on first visit or saved by the reader. */
export const ARCHIVE_CACHE = 'jiangjin-archive';

/** The list of files a reader can save for offline reading, at the site root. */
export const ARCHIVE_LIST = 'offline-archive.json';

/** The page shown for an address that is not stored while offline (with status 503). */
export const OFFLINE_PAGE = '/offline/';

/** Reports whose pages are stored up front: the newest this many. */
export const LATEST_REPORTS = 20;

/** The whole first precache should stay under this many bytes (a warning at build time if not). */
export const PRECACHE_BUDGET = 5 * 1024 * 1024;

/**
 * A shell page or download is stored up front only if it is at most this large; larger ones (a list
 * page or a download that grows with the archive) are saved on demand, or kept once opened, so that
 * the first precache stays within PRECACHE_BUDGET however large the archive.
 */
export const PRECACHE_FILE_LIMIT = 512 * 1024;

/** The downloads and the feed, as site-root paths: available offline like the pages. */
export const DOWNLOADS = ['/data/indicators.csv', '/data/indicators.json', '/data/README.md', '/rss.xml'];

/** What the archive list says: every file not stored up front, with its size. */
export interface ArchiveList {
  /** Site-root paths (`/reports/x/`, `/pagefind/fragment/…`). */
  files: Array<{ url: string; bytes: number }>;
  /** Sum of the files' sizes. */
  bytes: number;
}

/** Bytes as a reader reads them: 1.2 MB, 340 kB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes === 0 ? '0 kB' : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
