import { defineConfig } from 'vitest/config';

/**
 * `npm run test:archive` (tests/archive/run.ts): the search and offline tests run again on a generated
 * archive of 1,000 reports, whose project folder the runner passes as SITE_ROOT; the tests read that
 * project's dist/ and reports and compute what they expect from them. One file at a time, as the browser
 * tests of `npm test` (each starts a browser and a server); a search over 1,000 reports lists more
 * results and a first visit stores more, hence the longer timeouts.
 */
if (!process.env.SITE_ROOT) {
  throw new Error(
    'vitest.archive.config.ts tests a generated archive: run it through `npm run test:archive`',
  );
}

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    include: [
      'tests/site/offline.test.ts',
      'tests/browser/search-terms.test.ts',
      'tests/browser/search-recall.test.ts',
      'tests/browser/search-box.test.ts',
      'tests/browser/search-page.test.ts',
      'tests/browser/offline.test.ts',
    ],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
