/**
 * Handlers the service worker uses beside Workbox's precache: pages and files not stored up front are
 * fetched from the network and kept in the archive cache, so that what a reader has opened once opens
 * offline; an address that was never stored answers with the offline page and status 503 (never the
 * 404 page with 200). The build strips the types, prefixes `self.__JJ_OFFLINE = {…}` and loads this
 * file into sw.js with `importScripts`; Workbox's routes call `self.jjNavigate` and `self.jjFile`.
 * Self-contained on purpose: no imports, it runs as a classic worker script.
 */

/** What the build injects. */
interface OfflineConfig {
  /** Name of the archive cache (ARCHIVE_CACHE). */
  cache: string;
  /** Address of the offline page's file (`/jj/offline/index.html`), as the precache stores it. */
  offlinePage: string;
}

/** The part of Workbox's handler options used here. */
interface HandlerOptions {
  request: Request;
}

const scope = self as unknown as {
  __JJ_OFFLINE: OfflineConfig;
  jjNavigate?: (options: HandlerOptions) => Promise<Response>;
  jjFile?: (options: HandlerOptions, hashed: boolean) => Promise<Response>;
};
const config = scope.__JJ_OFFLINE;

/** The key a page or file is stored under: its address without query or fragment. */
function storedKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/** A response worth keeping: complete, from this site, not a redirect. */
function keepable(response: Response): boolean {
  return response.ok && response.type === 'basic' && !response.redirected;
}

/** The offline page (from the precache, whose keys carry a revision parameter), with status 503. */
async function offlineResponse(): Promise<Response> {
  const page = await caches.match(config.offlinePage, { ignoreSearch: true });
  const body = page
    ? await page.text()
    : '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>离线</title><h1>离线阅读</h1><p>您要打开的页面尚未保存到本机，联网后再试。</p></html>';
  return new Response(body, {
    status: 503,
    statusText: 'Offline',
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A page: from the network (kept for offline), else the kept copy, else the offline page. */
scope.jjNavigate = async ({ request }) => {
  const cache = await caches.open(config.cache);
  const key = storedKey(request.url);
  try {
    const response = await fetch(request);
    if (keepable(response)) await cache.put(key, response.clone());
    return response;
  } catch {
    return (await cache.match(key)) ?? (await offlineResponse());
  }
};

/**
 * A file (page text, download, image): a content-hashed file from the cache first; others from the
 * network first, kept for offline. Offline and never stored: status 503.
 */
scope.jjFile = async ({ request }, hashed) => {
  const cache = await caches.open(config.cache);
  const key = storedKey(request.url);
  if (hashed) {
    const stored = await cache.match(key);
    if (stored) return stored;
  }
  try {
    const response = await fetch(request);
    if (keepable(response)) await cache.put(key, response.clone());
    return response;
  } catch {
    return (await cache.match(key)) ?? new Response('', { status: 503, statusText: 'Offline' });
  }
};
