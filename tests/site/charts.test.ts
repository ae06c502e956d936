/** The charts as readers get them: static SVG in a figure with a title, source links and a data table. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPage, readReportSources, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const reports = readReportSources();
const figuresOf = (path: string) => [...loadPage(path).querySelectorAll('figure.chart')];

describe('charts in the reports', () => {
  it('are at least 12 distinct charts, every report has one, and the home page has a headline chart', () => {
    const ids = reports.flatMap(({ slug }) => figuresOf(`/reports/${slug}/`).map((figure) => figure.id));
    expect(new Set(ids).size).toBeGreaterThanOrEqual(12);
    for (const { slug } of reports) expect(figuresOf(`/reports/${slug}/`).length, slug).toBeGreaterThan(0);
    expect(figuresOf('/')).toHaveLength(1);
  });

  it.each(reports)('are complete figures in $slug', ({ slug }) => {
    const document = loadPage(`/reports/${slug}/`);
    for (const figure of figuresOf(`/reports/${slug}/`)) {
      const svgs = [...figure.querySelectorAll('svg[role="img"]')];
      expect(svgs.length, figure.id).toBe(2);
      for (const svg of svgs) {
        const label = document.getElementById(svg.getAttribute('aria-labelledby') ?? '');
        expect(label?.textContent, figure.id).toBeTruthy();
        expect(document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent).toBeTruthy();
      }
      expect(figure.querySelector('figcaption .chart__title')?.textContent).toBeTruthy();
      expect(figure.querySelector('details table tbody tr'), figure.id).not.toBeNull();
      const sources = [...figure.querySelectorAll('.chart__source a')].map(
        (a) => a.getAttribute('href') ?? '',
      );
      expect(sources.length).toBeGreaterThan(0);
      for (const href of sources) {
        const [path, anchor] = href.split('#');
        expect(
          loadPage(path ?? '')
            .getElementById(anchor ?? '')
            ?.classList.contains('fact'),
          href,
        ).toBe(true);
      }
    }
  });

  it('keep ids unique on a page', () => {
    for (const { slug } of reports) {
      const ids = [...loadPage(`/reports/${slug}/`).querySelectorAll('[id]')].map((element) => element.id);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        slug,
      ).toEqual([]);
    }
  });
});
