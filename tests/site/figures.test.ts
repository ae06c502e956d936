/**
 * Figures in the built report pages: each leads to its indicator and has a popover on its page, which
 * holds this report's values; the indicator's latest values are in its latest.json, the same values
 * its indicator page lists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POPOVER_VALUES, type LatestValues } from '../../src/lib/figures/popover-rows.ts';
import { DIST, loadPage, readReportSources, requireDist } from '../helpers/dist.ts';

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

/** A metric's latest.json, as the popover loads it. */
function latest(metric: string): LatestValues {
  return JSON.parse(readFileSync(join(DIST, 'indicators', metric, 'latest.json'), 'utf8')) as LatestValues;
}

/** A row as the popover shows it: period (and segment), figure, link. */
const rowText = (value: LatestValues['values'][number]) => [value.label, value.value, value.href].join(' ');

describe('an indicator’s latest values', () => {
  const metrics = readdirSync(join(DIST, 'indicators'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it('are a file beside every indicator page, holding exactly values its page lists, newest first', () => {
    expect(metrics.length).toBeGreaterThan(100);
    for (const metric of metrics) {
      expect(existsSync(join(DIST, 'indicators', metric, 'latest.json')), metric).toBe(true);
      const { values } = latest(metric);
      const table = loadPage(`/indicators/${metric}/`).querySelector('.indicator-main table.data-table');
      const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
        [
          row.querySelector('.period')?.textContent ?? '',
          row.querySelector('.num')?.textContent ?? '',
          row.querySelector('a.data-table__source')?.getAttribute('href') ?? '',
        ].join(' '),
      );
      // A report stating a value twice (a summary, then the text) shows it once in the popover.
      const distinct = new Set(rows.map((row) => row.split('#')[0]));
      expect(values.length, metric).toBe(Math.min(POPOVER_VALUES, distinct.size));
      expect(rows, metric).toEqual(expect.arrayContaining(values.map(rowText)));
      const years = values.map((value) => Number(/\d{4}/.exec(value.label)?.[0]));
      expect(years, metric).toEqual(years.toSorted((a, b) => b - a));
    }
  });

  it('agree with the report pages: a page’s own value at rank r is the file’s value r', () => {
    let checked = 0;
    for (const { slug } of reports) {
      const page = loadPage(`/reports/${slug}/`);
      for (const popover of page.querySelectorAll('.fact-pop')) {
        const { values } = latest(popover.id.replace(/^fact-pop-/, ''));
        for (const row of popover.querySelectorAll('li[data-rank]')) {
          const rank = Number(row.getAttribute('data-rank'));
          const anchor = row.querySelector('a')?.getAttribute('href') ?? '';
          expect(row.querySelector('small')?.textContent).toBe('本文');
          const own = [row.querySelector('a')?.textContent, row.querySelector('span')?.textContent];
          if (rank >= POPOVER_VALUES) continue;
          expect(`${own.join(' ')} /reports/${slug}/${anchor}`, `${slug} ${popover.id}`).toBe(
            rowText(values[rank] ?? { label: '', value: '', href: '' }),
          );
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('are not repeated in the report pages: a popover lists only the report’s own values', () => {
    for (const { slug } of reports) {
      const popovers = loadPage(`/reports/${slug}/`).querySelector('.fact-popovers');
      expect(popovers?.querySelectorAll('.fact-pop').length, slug).toBeGreaterThan(0);
      expect(popovers?.querySelector('a[href^="/reports/"]') ?? null, slug).toBeNull();
      expect(popovers?.querySelectorAll('li:not([data-rank])').length, slug).toBe(0);
    }
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
