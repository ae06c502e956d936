/**
 * Generates the service worker (`sw.js`) with Workbox once the whole site is on disk. What it stores up
 * front and what a reader saves on demand is planned in offline-plan.ts; pages and files not stored up
 * front are kept in the archive cache when first opened (src/scripts/offline/sw-handlers.ts), and an
 * address never stored answers offline with the offline page and status 503. Registered after the
 * Pagefind integration: both run on `astro:build:done`, in order, so the plan sees the search index.
 * A new build changes the revisions, so browsers install a new worker, which waits until the reader
 * accepts the update notice.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { ARCHIVE_CACHE, OFFLINE_PAGE, PRECACHE_BUDGET, formatBytes } from '../lib/offline/archive.ts';
import { archiveListFile, planOffline, SW_FILE, SW_HANDLERS } from './offline-plan.ts';

export { SW_FILE } from './offline-plan.ts';

/**
 * Query parameters that do not change which page is served, so that /search/?q=… and a result link's
 * ?hl=… are answered from the precache offline. `ts` is Pagefind's cache-buster on its entry file.
 */
const IGNORED_PARAMS = [/^utm_/, /^fbclid$/, /^q$/, /^hl$/, /^year$/, /^topic$/, /^kind$/, /^ts$/];

/** The handlers the generated worker calls (defined by sw-handlers.ts, loaded with importScripts). */
interface Handlers {
  jjNavigate(options: unknown): Promise<Response>;
  jjFile(options: unknown, hashed: boolean): Promise<Response>;
}

/**
 * Writes sw-handlers.js: the handlers' source without types, after the settings they read. Node still
 * calls stripTypeScriptTypes experimental and says so once per run; `npm run build` passes
 * `--disable-warning=ExperimentalWarning` (that warning type only), so an editor's build log stays clean.
 */
async function writeHandlers(dir: string, base: string): Promise<void> {
  const source = await readFile(
    fileURLToPath(new URL('../scripts/offline/sw-handlers.ts', import.meta.url)),
    'utf8',
  );
  // The precache stores pages under their file names (offline/index.html).
  const settings = { cache: ARCHIVE_CACHE, offlinePage: `${base}${OFFLINE_PAGE.slice(1)}index.html` };
  await writeFile(
    join(dir, SW_HANDLERS),
    `self.__JJ_OFFLINE = ${JSON.stringify(settings)};\n${stripTypeScriptTypes(source)}`,
  );
}

/**
 * Writes `dir/sw.js` (and its handlers and the archive list) for a site served under `base` (`/` or
 * `/jj/`); returns how many files and bytes it precaches, and the size of the archive list.
 */
export async function writeServiceWorker(
  dir: string,
  base = '/',
): Promise<{ count: number; size: number; archived: number; warnings: string[] }> {
  const plan = await planOffline(dir);
  await writeFile(archiveListFile(dir), JSON.stringify(plan.archive));
  await writeHandlers(dir, base);
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: plan.precache,
    globIgnores: [SW_FILE, SW_HANDLERS],
    swDest: join(dir, SW_FILE),
    cacheId: 'jiangjin-industry',
    importScripts: [SW_HANDLERS],
    // Hashed file names change with their content: no revision needed.
    dontCacheBustURLsMatching: /^(_astro\/|phrase-index\/(sets|pages)-)/,
    ignoreURLParametersMatching: IGNORED_PARAMS,
    directoryIndex: 'index.html',
    runtimeCaching: [
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
        handler: (options) => (self as unknown as Handlers).jjNavigate(options),
      },
      {
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /\/(pagefind\/fragment|phrase-index)\//.test(url.pathname),
        handler: (options) => (self as unknown as Handlers).jjFile(options, true),
      },
      {
        urlPattern: ({ request, url, sameOrigin }) =>
          sameOrigin &&
          (request.destination === 'image' || /\.(csv|json|md|xml|svg|png)$/.test(url.pathname)),
        handler: (options) => (self as unknown as Handlers).jjFile(options, false),
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
  if (size > PRECACHE_BUDGET)
    warnings.push(
      `the first precache is ${formatBytes(size)}, over its ${formatBytes(PRECACHE_BUDGET)} budget`,
    );
  return { count, size, archived: plan.archive.bytes, warnings };
}

/** The Astro integration: writes the service worker after the pages and the search index. */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'jj:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { count, size, archived, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
          for (const warning of warnings) logger.warn(warning);
          logger.info(
            `${SW_FILE} precaches ${count} files (${formatBytes(size)}); ${formatBytes(archived)} more offered for saving`,
          );
        } catch (error) {
          throw new Error('Could not generate the service worker', { cause: error });
        }
      },
    },
  };
}
