/**
 * Every sentence of every source text is on its report's page, none twice, and no paragraph of a page
 * carries extraction debris (spaces between Chinese characters, runs printed twice).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFidelity, findDebris, sourceFragments } from '../../src/lib/text/fidelity.ts';
import { stripForCompare } from '../../src/lib/text/han.ts';
import { loadPage, readRawSource, readReportSources, requireDist } from '../helpers/dist.ts';

const reports = readReportSources();

/** The text of a report page that comes from its source: header, body and credits, not the TOC. */
function reportText(parts: Element[]): string {
  return parts.map((part) => part.textContent ?? '').join('\n');
}

/**
 * The parts of a report page that hold its source text. Chart figures are left out: their titles, tables
 * and source lines (which name reports by title) are the site's words, not the source's.
 */
function sourceParts(path: string): Element[] {
  const document = loadPage(path);
  for (const figure of document.querySelectorAll('[data-report] figure.chart')) figure.remove();
  return [...document.querySelectorAll('[data-report] [data-report-text]')];
}

beforeAll(requireDist);

describe.each(reports)('report $slug', ({ slug, frontmatter }) => {
  const parts = () => sourceParts(`/reports/${slug}/`);

  it('keeps every sentence of its source, none twice', () => {
    const report = checkFidelity(readRawSource(frontmatter.source.file), reportText(parts()));
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
  const page = () => stripForCompare(reportText(sourceParts(`/reports/${first?.slug}/`)));
  const fragment = sourceFragments(raw).find((candidate) => candidate.length > 12) ?? '';

  it('passes the page as built', () => {
    expect(checkFidelity(raw, page())).toEqual({ missing: [], duplicated: [] });
  });

  it('notices a sentence dropped from the page', () => {
    expect(checkFidelity(raw, page().replace(fragment, '')).missing).toContain(fragment);
  });

  it('notices a sentence printed twice', () => {
    expect(checkFidelity(raw, page() + fragment).duplicated).toContain(fragment);
  });
});
