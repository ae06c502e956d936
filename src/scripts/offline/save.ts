/**
 * Saving pages for offline reading from the page itself: the service worker reads the same archive
 * cache (src/scripts/offline/sw-handlers.ts), so a page saved here opens offline. Pages a reader asked
 * to save while offline wait in localStorage until the network returns.
 */
import { href } from '../../consts.ts';
import { ARCHIVE_CACHE } from '../../lib/offline/archive.ts';

/** Where the addresses waiting for the network are kept. */
const LATER_KEY = 'jiangjin-save-later';

/** The absolute address a site-root path is stored under. */
export function storedUrl(path: string): string {
  const url = new URL(href(path), location.origin);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The stored copy of the page or file at `path` (up front or saved), or undefined. */
export async function storedResponse(path: string): Promise<Response | undefined> {
  if (!('caches' in window)) return undefined;
  // Precached files are stored with a revision parameter, and pages under their file name.
  const url = storedUrl(path);
  const names = url.endsWith('/') ? [url, `${url}index.html`] : [url];
  for (const name of names) {
    const stored = await caches.match(name, { ignoreSearch: true });
    if (stored) return stored;
  }
  return undefined;
}

/** True when the page or file at `path` is stored (up front or saved), so it opens offline. */
export async function isStored(path: string): Promise<boolean> {
  return (await storedResponse(path)) !== undefined;
}

/** Fetches `paths` into the archive cache, `concurrency` at a time; `progress` after each (saved bytes). */
export async function save(
  paths: string[],
  progress: (done: number, bytes: number) => void = () => undefined,
  concurrency = 4,
): Promise<{ saved: number; failed: string[] }> {
  const cache = await caches.open(ARCHIVE_CACHE);
  const queue = [...paths];
  const failed: string[] = [];
  let done = 0;
  let bytes = 0;
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const url = storedUrl(path);
      try {
        if (!(await cache.match(url))) {
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          bytes += Number(response.headers.get('content-length') ?? 0);
          await cache.put(url, response);
        }
      } catch {
        failed.push(path);
      }
      progress(++done, bytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  return { saved: done - failed.length, failed };
}

/** The addresses waiting for the network. */
export function waiting(): string[] {
  try {
    return JSON.parse(localStorage.getItem(LATER_KEY) ?? '[]') as string[];
  } catch {
    return [];
  }
}

/**
 * Saves `path` now when online, else when the network returns; resolves once it has been tried. The
 * address is kept in localStorage meanwhile, so a reload or another page saves it too.
 */
export async function saveWhenOnline(path: string): Promise<void> {
  localStorage.setItem(LATER_KEY, JSON.stringify([...new Set([...waiting(), path])]));
  if (!navigator.onLine) {
    await new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));
  }
  await saveWaiting();
}

/** Saves the addresses that were waiting for the network; those that fail keep waiting. */
export async function saveWaiting(): Promise<void> {
  const paths = waiting();
  if (paths.length === 0 || !('caches' in window)) return;
  const { failed } = await save(paths);
  localStorage.setItem(LATER_KEY, JSON.stringify(failed));
}
