import { describe, expect, it } from 'vitest';
import {
  holdsPhrase,
  rankResults,
  recallTerms,
  type EngineResult,
  type SearchEngine,
} from '../../../src/lib/search/rank.ts';

const pages: Record<string, string> = {
  a: '企业获评国家级专精特新“小巨人”。',
  b: '专业、精细、特色、新颖的企业。',
  c: '市级“专精特新”企业236家。',
  d: '与专精特新无关的另一页，只有专精。',
};

/** A fake Pagefind: quoted queries find only some phrase pages (as Pagefind's segmentation does). */
function fakeEngine(quotedHits: string[], plainHits: string[], loads: string[] = []): SearchEngine {
  const result = (id: string): EngineResult => ({
    id,
    data: async () => {
      loads.push(id);
      return { url: `/${id}/`, content: pages[id] ?? '', excerpt: '', meta: {} };
    },
  });
  return {
    search: async (term) => ({ results: (term?.startsWith('"') ? quotedHits : plainHits).map(result) }),
  };
}

describe('holdsPhrase', () => {
  it('ignores punctuation and whitespace inside the page text', () => {
    expect(holdsPhrase('“专精 特新”', '专精特新')).toBe(true);
    expect(holdsPhrase('专业、精细、特色、新颖', '专精特新')).toBe(false);
  });
});

describe('rankResults', () => {
  it('puts every exact-phrase page first, even those Pagefind’s phrase search missed', async () => {
    const ranked = await rankResults(fakeEngine(['c'], ['b', 'a', 'd', 'c']), '专精特新');
    expect(ranked?.map((result) => [result.id, result.exact])).toEqual([
      ['c', true],
      ['a', true],
      ['d', true],
      ['b', false],
    ]);
  });

  it('lists each page once and keeps pages only the phrase search found', async () => {
    const ranked = await rankResults(fakeEngine(['a', 'c'], ['b']), '专精特新');
    expect(ranked?.map((result) => result.id)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the tail of a very long list unloaded, Pagefind’s phrase hits first', async () => {
    const loads: string[] = [];
    const ranked = await rankResults(fakeEngine(['d'], ['b', 'a', 'd']), '专精特新', { verifyLimit: 1 });
    expect(ranked?.map((result) => [result.id, result.exact, result.data === null])).toEqual([
      ['d', true, false],
      ['b', false, true],
      ['a', false, true],
    ]);
    expect(loads).toEqual([]);
  });

  it('finds, through one search per character, a page Pagefind’s own searches missed', async () => {
    const engine: SearchEngine = {
      search: async (term) => {
        const ids = term === null ? Object.keys(pages) : term.length === 1 ? ['b', 'c'] : ['a'];
        return {
          results: ids.map((id) => ({
            id,
            data: async () => ({ url: `/${id}/`, content: pages[id] ?? '', excerpt: '', meta: {} }),
          })),
        };
      },
    };
    const ranked = await rankResults(engine, '专精特新');
    // c holds the phrase and is found; b only shares characters and is not listed.
    expect(ranked?.map((result) => [result.id, result.exact])).toEqual([
      ['a', true],
      ['c', true],
    ]);
  });

  it('asks for every page when the query is one character', () => {
    expect(recallTerms('津')).toEqual([null]);
    expect(recallTerms('“专精特新”')).toEqual(['专', '精', '特', '新']);
  });

  it('returns null when a newer search superseded this one', async () => {
    const engine: SearchEngine = { search: async () => null };
    expect(await rankResults(engine, '专精特新')).toBeNull();
  });
});
