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

/** How long a listing of what is stored is trusted (saving here lists again at once). */
const LISTING_FRESH_MS = 5_000;
let listing: { at: number; addresses: Promise<Set<string>> } | undefined;

/** Every address stored in this site's caches (up front or saved), without its query. */
async function listStored(): Promise<Set<string>> {
  const addresses = new Set<string>();
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) {
      const url = new URL(request.url);
      url.search = '';
      addresses.add(url.href);
    }
  }
  return addresses;
}

/**
 * What is stored, listed once and reused: a search offline asks about hundreds of results, and
 * matching each one against every cache entry (`ignoreSearch` has no index) took seconds.
 */
function storedAddresses(): Promise<Set<string>> {
  if (!listing || performance.now() - listing.at > LISTING_FRESH_MS) {
    listing = { at: performance.now(), addresses: listStored() };
  }
  return listing.addresses;
}

/** The address `path` is stored under, if it is stored: pages may be stored under their file name. */
async function storedName(path: string): Promise<string | undefined> {
  if (!('caches' in window)) return undefined;
  const url = storedUrl(path);
  const names = url.endsWith('/') ? [url, `${url}index.html`] : [url];
  const stored = await storedAddresses();
  return names.find((name) => stored.has(name));
}

/** The stored copy of the page or file at `path` (up front or saved), or undefined. */
export async function storedResponse(path: string): Promise<Response | undefined> {
  const name = await storedName(path);
  // Precached files are stored with a revision parameter.
  return name === undefined ? undefined : caches.match(name, { ignoreSearch: true });
}

/** True when the page or file at `path` is stored (up front or saved), so it opens offline. */
export async function isStored(path: string): Promise<boolean> {
  return (await storedName(path)) !== undefined;
}

/** Forgets the listing of what is stored, after saving or freeing space. */
export function storedChanged(): void {
  listing = undefined;
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
  storedChanged();
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
