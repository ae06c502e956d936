import { describe, expect, it } from 'vitest';
import { buildPhraseIndex, dateSortKey, type PageSource } from '../../../src/lib/search/phrase-build.ts';
import type { PhraseEntry } from '../../../src/lib/search/phrase-format.ts';
import { coveringOffsets, PhraseIndex } from '../../../src/lib/search/phrase-search.ts';

/** A page to index, dated by its number (higher is newer). */
function page(url: string, text: string, sort: number, filters: Record<string, string[]> = {}): PageSource {
  return { info: { url, title: url.slice(1, -1), fragment: `fragment${url}`, filters }, sort, text };
}

const PAGES = [
  page('/a/', '江津专精特新企业达到74家。', 1, { kind: ['报道'], year: ['2023'] }),
  page('/b/', '专精特新，专精特新！又是专精特新。', 2, { kind: ['报道'], year: ['2024'] }),
  page('/c/', '专业、精细、特色、新颖：高新技术企业。', 3, { kind: ['指标'] }),
  page('/d/', 'XFC 极速电池，产值1797.4亿元。', 0, { kind: ['报道'] }),
];

/**
 * The index of `pages`, opened from memory, with the files it fetched; `offline` withholds positions,
 * and then only the texts of the pages at `stored` can be had.
 */
async function open(pages = PAGES, chunkBytes = 64, offline = false, stored: string[] = []) {
  const built = buildPhraseIndex(pages, chunkBytes);
  const files = new Map<string, Uint8Array>();
  const entry: PhraseEntry = { version: 1, pages: 'pages', chunks: [], filters: {} };
  built.chunks.forEach((chunk, index) => {
    files.set(`s${index}`, chunk.sets);
    files.set(`p${index}`, chunk.positions);
    entry.chunks.push([chunk.first, `s${index}`, `p${index}`]);
  });
  const fetched: string[] = [];
  const index = await PhraseIndex.open({
    entry: async () => entry,
    pages: async () => built.pages,
    chunk: async (file) => {
      if (offline && file.startsWith('p')) throw new Error('offline');
      fetched.push(file);
      return files.get(file)!;
    },
    text: async (info) => {
      if (!offline) throw new Error('the positions decide online');
      return stored.includes(info.url)
        ? pages.find((source) => source.info.url === info.url)?.text
        : undefined;
    },
  });
  return { index, fetched, chunks: built.chunks.length };
}

/** Each match's page; `~` marks a partial match, `?` an exact one listed unchecked (offline). */
const urls = (matches: Array<{ page: { url: string }; exact: boolean; checked: boolean }>) =>
  matches.map((match) => `${match.page.url}${match.exact ? (match.checked ? '' : '?') : '~'}`);

describe('phrase index', () => {
  it('finds pages holding the phrase, most occurrences first, then pages holding its characters apart', async () => {
    const { index } = await open();
    expect(urls(await index.find('专精特新'))).toEqual(['/b/', '/a/', '/c/~']);
  });

  it('ignores punctuation, whitespace and letter case on both sides', async () => {
    const { index } = await open();
    expect(urls(await index.find('特新又是'))).toEqual(['/b/']);
    expect(urls(await index.find('xfc极速'))).toEqual(['/d/']);
    expect(urls(await index.find('97.4'))).toEqual(['/d/']);
  });

  it('finds a single character on every page holding it, newest first', async () => {
    const { index } = await open();
    expect(urls(await index.find('新'))).toEqual(['/c/', '/b/', '/a/']);
  });

  it('does not take pairs that are present but apart for the phrase', async () => {
    // Every pair of 精特新企 is on /e/ (精特, 特新, 新企), but not one after another.
    const { index } = await open([...PAGES, page('/e/', '精特，特新企', 4)]);
    expect(urls(await index.find('精特新企'))).toEqual(['/a/', '/e/~', '/c/~']);
  });

  it('applies filters, every filter and any of its values', async () => {
    const { index } = await open();
    expect(urls(await index.find('专精特新', { year: ['2023'] }))).toEqual(['/a/']);
    expect(urls(await index.find('专精特新', { kind: ['指标'] }))).toEqual(['/c/~']);
    expect(urls(await index.find('专精特新', { kind: ['报道', '指标'], year: ['2024'] }))).toEqual(['/b/']);
  });

  it('fetches only the chunks that hold the query’s keys', async () => {
    const { index, fetched, chunks } = await open();
    await index.find('专精特新');
    expect(chunks).toBeGreaterThan(5);
    expect(new Set(fetched).size).toBeLessThan(chunks);
  });

  it('offline without positions or texts, lists every page holding all the pairs, unchecked', async () => {
    const { index } = await open([...PAGES, page('/e/', '精特，特新企', 4)], 64, true);
    // /e/ holds every pair of 精特新企 but not in a row: without positions it cannot be told apart.
    expect(urls(await index.find('精特新企'))).toEqual(['/e/?', '/a/?', '/c/~']);
    expect(urls(await index.find('专精特新'))).toEqual(['/b/?', '/a/?', '/c/~']);
  });

  it('offline without positions, checks the phrase in the texts this device stores', async () => {
    const pages = [...PAGES, page('/e/', '精特，特新企', 4)];
    // Both texts stored: as online, /e/ holds the characters apart.
    let { index } = await open(pages, 64, true, ['/a/', '/e/']);
    expect(urls(await index.find('精特新企'))).toEqual(['/a/', '/e/~', '/c/~']);
    // Checked exact matches come before the unchecked ones, and a checked miss goes with the partial.
    ({ index } = await open(pages, 64, true, ['/a/']));
    expect(urls(await index.find('精特新企'))).toEqual(['/a/', '/e/?', '/c/~']);
    ({ index } = await open(pages, 64, true, ['/e/']));
    expect(urls(await index.find('精特新企'))).toEqual(['/a/?', '/e/~', '/c/~']);
    // Ranked by occurrences as online: /b/ holds 专精特新 three times.
    ({ index } = await open(pages, 64, true, ['/a/', '/b/']));
    expect(urls(await index.find('专精特新'))).toEqual(['/b/', '/a/', '/c/~']);
  });

  it('needs no positions for a phrase of two characters', async () => {
    const { index, fetched } = await open();
    expect(urls(await index.find('特新'))).toEqual(['/b/', '/a/', '/c/~']);
    expect(fetched.filter((file) => file.startsWith('p'))).toEqual([]);
  });

  it('finds nothing for a phrase no page holds', async () => {
    const { index } = await open();
    expect(await index.find('巨湾技研')).toEqual([]);
  });
});

describe('covering pairs', () => {
  it('cover every character of the phrase with as few pairs as possible', () => {
    expect(coveringOffsets(1)).toEqual([]);
    expect(coveringOffsets(2)).toEqual([0]);
    expect(coveringOffsets(4)).toEqual([0, 2]);
    expect(coveringOffsets(5)).toEqual([0, 2, 3]);
  });
});

describe('dates', () => {
  it('order pages by their Chinese date, or by year', () => {
    expect(dateSortKey('2023年6月26日')).toBe(20_230_626);
    expect(dateSortKey(undefined, '2022')).toBe(20_220_000);
    expect(dateSortKey(undefined)).toBe(0);
  });
});
