/**
 * Every kind of page as a reader on a phone (320, 360, 390 px) or a desktop (1280 px) sees it, light and
 * dark: no line with its characters spread apart, no name split between lines, no headline drawn over
 * itself, every link and control a 44 px tap target on phones,
 * nothing wider than the screen, and no layout shift as the page (or the search results) arrive.
 */
import { describe, expect, it } from 'vitest';
import { NUMBER_UNIT } from '../../src/lib/format/number-units.ts';
import { readReportSources, requireDist } from '../helpers/dist.ts';
import { layoutShift, overflow, pageKinds, recordLayoutShift, smallTargets } from '../helpers/layout.ts';
import {
  lineBreaks,
  markedBreaks,
  overlappingHeadlines,
  splitNames,
  splitNumbers,
  stretchedLines,
  useCharBoxes,
  widows,
} from '../helpers/layout-text.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const PAGES = pageKinds();
const VIEWS = [320, 360, 390, 1280].flatMap((width) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })),
);
/**
 * A Han character may gain an eighth of an em (the spread a 38-character justified line takes up when
 * a number cannot be broken), which reads as even text; more reads as letter-spaced. A digit or Latin
 * letter may gain no more than kerning gives it in context (a tenth of an em; justification spread
 * 4 5 0 亿 元 by a third).
 */
const LIMITS = { hanEm: 0.125, latinEm: 0.1 };

const site = useSiteBrowser();

describe.each(VIEWS)('at $width px, $colorScheme', ({ width, colorScheme }) => {
  const phone = width < 480;
  it.each(PAGES)('%s reads well', async (path) => {
    const page = await site.browser.newPage({ colorScheme, viewport: { width, height: 800 } });
    await recordLayoutShift(page);
    await useCharBoxes(page);
    await page.goto(site.origin + path, { waitUntil: 'load' });
    if (path.startsWith('/search/')) {
      await page.locator('[data-search-state="done"]').waitFor({ state: 'attached' });
    }
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(250);

    expect(await page.evaluate(stretchedLines, LIMITS), 'stretched lines').toEqual([]);
    expect(await page.evaluate(overlappingHeadlines), 'headline characters drawn over each other').toEqual(
      [],
    );
    expect(await page.evaluate(splitNames, 16), 'names split between two lines').toEqual([]);
    // The reading text: the body, our summaries and leads, the charts' titles, captions and sources, and
    // the sentences quoted on the timeline and entity pages.
    const reading =
      '.prose p, .standfirst, .report-card__summary, .lede, .chart__title, .chart__caption, .chart__source, .timeline-text, .entity-report blockquote';
    expect(
      await page.evaluate(splitNumbers, { pattern: NUMBER_UNIT.source, selector: reading }),
      'numbers parted from their units',
    ).toEqual([]);
    // At 320 px a line holds 17 characters, too few for the browser's pretty wrapping (which evens out
    // only a paragraph's last lines) to avoid every widow; from 360 px none is left.
    if (width >= 360) {
      expect(
        await page.evaluate(widows, 'main p, main li, main dd'),
        'one character alone on a last line',
      ).toEqual([]);
    }
    expect(await page.evaluate(overflow), 'wider than the screen').toEqual({ width: 0, culprits: [] });
    if (phone) expect(await page.evaluate(smallTargets, 44), 'tap targets under 44 px').toEqual([]);
    expect(await layoutShift(page), 'cumulative layout shift').toBeLessThan(0.02);
    await page.close();
  });
});

/** Every report's headline texts and headings that an editor marked with break points (`|`). */
const MARKED = readReportSources().map(({ slug, frontmatter, body }) => ({
  slug,
  texts: [
    frontmatter.title,
    ...[frontmatter.kicker, frontmatter.subtitle].filter((text): text is string => typeof text === 'string'),
    ...[...body.matchAll(/^#{2,3}[ \t]+(.+?)[ \t]*$/gmu)].map((match) => match[1] ?? ''),
  ].filter((text) => text.includes('|')),
}));

describe.each([320, 360])('marked headlines at %i px', (width) => {
  it('break only where the editor marked them', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await useCharBoxes(page);
    let wrapped = 0;
    for (const { slug, texts } of MARKED.filter((report) => report.texts.length > 0)) {
      await page.goto(`${site.origin}/reports/${slug}/`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const printed = await page.evaluate(lineBreaks, '.report-header .headline, .prose h2, .prose h3');
      for (const marked of texts) {
        const { text, allowed } = markedBreaks(marked);
        const found = printed.find((headline) => headline.text === text);
        expect(found, `${slug}: ${marked} is on the page`).toBeDefined();
        expect(
          found?.breaks.filter((at) => !allowed.includes(at)),
          `${slug}: ${marked}`,
        ).toEqual([]);
        wrapped += found?.breaks.length ?? 0;
      }
    }
    // The phone's narrow column must make some marked headline wrap, or this proves nothing.
    expect(wrapped).toBeGreaterThan(0);
    await page.close();
  });
});
