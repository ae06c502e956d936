/**
 * Recall beyond the term list: 300 pieces of 1 to 6 characters cut at random (with a fixed seed) from
 * the reports' indexed text, most of them across word boundaries (满智慧的, 片由). Each is searched on
 * /search/; every page holding it must be listed, above the pages that do not.
 */
import { describe, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist.ts';
import { expectedPages, indexedPages } from '../helpers/search.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const pages = indexedPages();
const site = useSiteBrowser();

/** Pieces of the indexed texts, from a fixed-seed generator so that a failure can be replayed. */
function randomPieces(count: number, seed = 20_241_121): string[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const page = pages[Math.floor(next() * pages.length)]!;
    const chars = Array.from(page.text);
    const length = 1 + Math.floor(next() * 6);
    const start = Math.floor(next() * (chars.length - length));
    return chars.slice(start, start + length).join('');
  });
}

describe('recall for pieces cut at random from the reports', () => {
  it('lists every page holding each piece, exact matches first', async () => {
    const queries = randomPieces(300);
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    // Typed into the page's box one after another, without reloading: fast enough for 300 queries.
    const listed = await page.evaluate(async (queries) => {
      const box = document.querySelector<HTMLInputElement>('#search-input')!;
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      const out: string[][] = [];
      for (const query of queries) {
        list.dataset.searchState = 'pending';
        box.value = query;
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        while (list.dataset.searchState !== 'done') await new Promise((resolve) => setTimeout(resolve, 2));
        // A piece held by more pages than one batch lists: the reader asks for the rest (显示更多结果).
        const more = document.querySelector<HTMLButtonElement>('.search-more')!;
        for (let clicks = 0; !more.hidden && clicks < 50; clicks++) {
          more.click();
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        out.push([...list.querySelectorAll('a')].map((link) => new URL(link.href).pathname));
      }
      return out;
    }, queries);
    const failures = queries.flatMap((query, index) => {
      const expected = expectedPages(pages, query).sort();
      const got = listed[index] ?? [];
      return JSON.stringify(got.slice(0, expected.length).sort()) === JSON.stringify(expected)
        ? []
        : [{ query, expected, got }];
    });
    expect(failures).toEqual([]);
    await page.close();
  });
});
