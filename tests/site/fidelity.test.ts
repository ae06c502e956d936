/**
 * Every sentence of every source text is on its report's page, none twice, and no paragraph of a page
 * carries extraction debris (spaces between Chinese characters, runs printed twice).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkFidelity,
  findDebris,
  frontmatterStrings,
  sourceFragments,
} from '../../src/lib/text/fidelity.ts';
import { stripForCompare } from '../../src/lib/text/han.ts';
import { loadPage, readRawSource, readReportSources, requireDist } from '../helpers/dist.ts';

const reports = readReportSources();

/** A part of the page without its chart figures, whose titles and source lines are the site's words. */
function withoutCharts(part: Element): Element {
  const clone = part.cloneNode(true) as Element;
  for (const figure of clone.querySelectorAll('figure.chart')) figure.remove();
  return clone;
}

/** The text of a report page that comes from its source: header, body and credits, not the TOC. */
function reportText(parts: Element[]): string {
  return parts.map((part) => part.textContent ?? '').join('\n');
}

beforeAll(requireDist);

describe.each(reports)('report $slug', ({ slug, frontmatter }) => {
  const parts = () =>
    [...loadPage(`/reports/${slug}/`).querySelectorAll('[data-report] [data-report-text]')].map(
      withoutCharts,
    );

  it('keeps every sentence of its source, on the page or in its frontmatter, none twice', () => {
    // The importer moves page chrome, bylines, kicker and subtitle to the frontmatter: kept, not lost.
    const report = checkFidelity(
      readRawSource(frontmatter.source.file),
      reportText(parts()),
      frontmatterStrings(frontmatter),
    );
    expect(report.missing, 'source fragments missing from the page').toEqual([]);
    expect(report.duplicated, 'source fragments the page repeats').toEqual([]);
  });

  it('has no debris in any paragraph, heading or caption', () => {
    const blocks = parts().flatMap((part) => [
      ...part.querySelectorAll('p, h1, h2, h3, h4, li, .photo-caption__text'),
    ]);
    expect(blocks.length).toBeGreaterThan(5);
    const debris = blocks.flatMap((block) => {
      // A caption's photographer credit is printed with spaces (通讯员 谭文奇 摄), as newspapers do.
      const clone = block.cloneNode(true) as Element;
      clone.querySelector('.photo-caption__credit')?.remove();
      return findDebris(clone.textContent ?? '').map((found) => `${found.kind}: ${found.text}`);
    });
    expect(debris).toEqual([]);
  });
});

describe('the fidelity check itself', () => {
  const first = reports[0];
  const raw = readRawSource(first?.frontmatter.source.file ?? '');
  const page = () =>
    stripForCompare(
      reportText([
        ...loadPage(`/reports/${first?.slug}/`).querySelectorAll('[data-report] [data-report-text]'),
      ]),
    );
  const fragment = sourceFragments(raw).find((candidate) => candidate.length > 12) ?? '';

  it('passes the page as built', () => {
    expect(checkFidelity(raw, page())).toEqual({ missing: [], duplicated: [] });
  });

  it('notices a sentence dropped from the page', () => {
    expect(checkFidelity(raw, page().replace(fragment, '')).missing).toContain(fragment);
  });

  it('takes a fragment kept in the frontmatter for kept, and only that', () => {
    const kept = `${raw}\n发布时间：2024-10-28 16:05 浏览次数：1386`;
    expect(checkFidelity(kept, page()).missing).toEqual(['发布时间20241028', '1605', '浏览次数1386']);
    expect(checkFidelity(kept, page(), ['发布时间：2024-10-28 16:05', '浏览次数：1386']).missing).toEqual([]);
  });

  it('notices a sentence printed twice', () => {
    expect(checkFidelity(raw, page() + fragment).duplicated).toContain(fragment);
  });
});
