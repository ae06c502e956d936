/** Which pages the first visit stores: the shell's, unless a list has grown past its limit. */
import { describe, expect, it } from 'vitest';
import { shellPages } from '../../../src/integrations/offline-plan.ts';
import { PAGE_PRECACHE_LIMIT } from '../../../src/lib/offline/archive.ts';

describe('shellPages', () => {
  const big = PAGE_PRECACHE_LIMIT + 1;
  const sizes = new Map([
    ['index.html', 30_000],
    ['404.html', 5_000],
    ['offline/index.html', 7_000],
    ['search/index.html', big],
    ['about/index.html', 200_000],
    ['timeline/index.html', 1_600_000],
    ['timeline/2023/index.html', 40_000],
    ['reports/a/index.html', 100_000],
  ]);

  it('stores the pages one level deep, but not a list grown past the limit', () => {
    expect(shellPages(sizes)).toEqual([
      'index.html',
      '404.html',
      'offline/index.html',
      'search/index.html',
      'about/index.html',
    ]);
  });
});
