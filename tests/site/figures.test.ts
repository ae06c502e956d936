/** Figures in the built report pages: each leads to its indicator and has a popover on its page. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPage, readReportSources, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);
const reports = readReportSources();

describe('figures in report pages', () => {
  it('link to their indicator page and open a popover the page holds', () => {
    for (const { slug } of reports) {
      const page = loadPage(`/reports/${slug}/`);
      const facts = [...page.querySelectorAll('.prose .fact')];
      expect(facts.length, slug).toBeGreaterThan(0);
      for (const fact of facts) {
        const target =
          fact.querySelector(':scope > button[popovertarget]')?.getAttribute('popovertarget') ?? '';
        const metric = target.replace(/^fact-pop-/, '');
        expect(fact.querySelector(':scope > a:first-child')?.getAttribute('href')).toBe(
          `/indicators/${metric}/`,
        );
        const popover = page.getElementById(target);
        expect(popover?.hasAttribute('popover'), `${slug} ${target}`).toBe(true);
        expect(popover?.closest('[data-report-text]')).toBeNull();
      }
    }
  });

  it('say how many other reports state the indicator', () => {
    const page = loadPage('/reports/2022-industrial-economy/');
    const others = new Set(
      reports
        .filter((report) => report.slug !== '2022-industrial-economy')
        .filter((report) => report.body.includes('metric="industrial-output"'))
        .map((report) => report.slug),
    );
    expect(page.getElementById('fact-pop-industrial-output')?.textContent).toContain(
      `另有${others.size}篇报道提到`,
    );
  });
});

describe('where a report leads', () => {
  it('shows its topics, the entities it names and related reports', () => {
    const page = loadPage('/reports/2023-chengyu-integration/');
    const aside = page.querySelector('.report-links');
    expect(aside?.querySelector('a[href="/topics/open-corridors/"]')).not.toBeNull();
    expect(aside?.querySelector('a[href="/entities/greater-bay-technology/"]')).not.toBeNull();
    expect(aside?.querySelector('a[href="/entities/western-land-sea-corridor/"]')).not.toBeNull();
    const related = [...(aside?.querySelectorAll('.report-links__related a') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain('/reports/2023-chengyu-integration/');
  });
});
