/** Pagefind reads only the pages it indexes (src/integrations/pagefind.ts). */
import { describe, expect, it } from 'vitest';
import { indexedGlob } from '../../../src/integrations/pagefind.ts';

describe('the pages Pagefind reads', () => {
  const pages = [
    { file: 'index.html', body: false },
    { file: 'reports/a/index.html', body: true },
    { file: 'reports/index.html', body: false },
    { file: 'entities/x/index.html', body: true },
    { file: 'entities/x/2/index.html', body: false },
    { file: 'data/2024/index.html', body: false },
    { file: 'data/conflicts/index.html', body: false },
  ];

  it('are the indexed pages by name, not the data tables, lists and further pages it would skip', () => {
    expect(indexedGlob(pages)).toBe('{entities/x/index.html,reports/a/index.html}');
    expect(indexedGlob([...pages, { file: 'about.html', body: true }])).toBe(
      '{about.html,entities/x/index.html,reports/a/index.html}',
    );
    expect(indexedGlob(pages.filter((page) => !page.file.startsWith('entities/')))).toBe(
      'reports/a/index.html',
    );
  });

  it('are every page when none is marked or a path cannot be written in a glob', () => {
    expect(indexedGlob(pages.map((page) => ({ ...page, body: false })))).toBeUndefined();
    expect(indexedGlob([...pages, { file: 'reports/a,b/index.html', body: true }])).toBeUndefined();
  });
});
