/** A query for a company's or park's short name finds its entity page, filed under its kind. */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const site = useSiteBrowser();

describe('searching an alias', () => {
  it.each([
    ['重齿', '/entities/chongqing-gearbox/'],
    ['哈维斯特铝业', '/entities/harvest-aluminium/'],
    ['双福工业园', '/entities/science-city-jiangjin/'],
  ])('%s finds %s', async (query, path) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
    const list = page.locator('[data-search-results]');
    await expect.poll(() => list.getAttribute('data-search-state'), { timeout: 15_000 }).toBe('done');
    const paths = await list
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname),
      );
    expect(paths).toContain(path);
    await page.close();
  });
});
