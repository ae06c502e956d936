/** Pagefind reads only the folders that hold pages it indexes (src/integrations/pagefind.ts). */
import { describe, expect, it } from 'vitest';
import { indexedGlob } from '../../../src/integrations/pagefind.ts';

describe('the pages Pagefind reads', () => {
  const pages = [
    { file: 'index.html', body: false },
    { file: 'reports/a/index.html', body: true },
    { file: 'reports/index.html', body: false },
    { file: 'entities/x/index.html', body: true },
    { file: 'data/2024/index.html', body: false },
    { file: 'data/conflicts/index.html', body: false },
  ];

  it('are the folders holding an indexed page, not the data tables and lists it would skip', () => {
    expect(indexedGlob(pages)).toBe('{entities,reports}/**/*.{html}');
    expect(indexedGlob(pages.filter((page) => !page.file.startsWith('entities/')))).toBe(
      'reports/**/*.{html}',
    );
  });

  it('are every page when none is marked or a marked page sits at the root', () => {
    expect(indexedGlob(pages.map((page) => ({ ...page, body: false })))).toBeUndefined();
    expect(indexedGlob([...pages, { file: 'about.html', body: true }])).toBeUndefined();
  });
});
