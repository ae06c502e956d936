/**
 * Generates the service worker (`sw.js`) with Workbox once the whole site is on disk: every page, the
 * scripts and styles, the icons and manifest, and the Pagefind index with its wasm. After one visit a
 * reader can open any page and search with no network. Registered after the Pagefind integration:
 * both run on `astro:build:done`, in order, so the precache list sees the index (made any earlier, it
 * would silently miss it). A new build changes the revisions, so browsers install a new worker, which
 * waits until the reader accepts the update notice.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** The service worker's file name, at the site root so that its scope is the whole site. */
export const SW_FILE = 'sw.js';

/** Files to precache, relative to the output folder. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,png,webmanifest}', 'pagefind/**/*'];

/** Never precached: the worker itself, and Pagefind's ready-made UIs, which this site does not use. */
// Chart downloads (PNG, share cards) are fetched when asked for; the drawings are small SVGs. (charts stream)
export const PRECACHE_IGNORES = [
  SW_FILE,
  'pagefind/pagefind-*ui*',
  'pagefind/pagefind-highlight.js',
  'charts/**/*.png',
];

/**
 * Query parameters that do not change which page is served, so that /search/?q=… and a result link's
 * ?hl=… are answered from the precache offline. `ts` is Pagefind's cache-buster on its entry file.
 */
const IGNORED_PARAMS = [/^utm_/, /^fbclid$/, /^q$/, /^hl$/, /^year$/, /^topic$/, /^ts$/];

/** Writes `dir/sw.js` precaching the built site; returns how many files and bytes it precaches. */
export async function writeServiceWorker(
  dir: string,
): Promise<{ count: number; size: number; warnings: string[] }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: join(dir, SW_FILE),
    cacheId: 'jiangjin-industry',
    // Hashed file names change with their content: no revision needed.
    dontCacheBustURLsMatching: /^(_astro|pagefind\/(index|fragment|filter))\//,
    ignoreURLParametersMatching: IGNORED_PARAMS,
    directoryIndex: 'index.html',
    // Other addresses go to the network (so the host's redirects still work); offline, the 404 page.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      },
    ],
    cleanupOutdatedCaches: true,
    // The first visit's page is controlled at once, so it works offline without a reload…
    clientsClaim: true,
    // …but an update waits for the reader (the notice posts SKIP_WAITING).
    skipWaiting: false,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  return { count, size, warnings };
}

/** The Astro integration: writes the service worker after the pages and the search index. */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'jj:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
          for (const warning of warnings) logger.warn(warning);
          logger.info(`${SW_FILE} precaches ${count} files (${Math.round(size / 1024)} kB)`);
        } catch (error) {
          throw new Error('Could not generate the service worker', { cause: error });
        }
      },
    },
  };
}
