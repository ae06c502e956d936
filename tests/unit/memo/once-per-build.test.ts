/**
 * What a build derives from the archive is computed once and shared by every page, and computed again
 * when the archive changes (`astro dev` hands out a new observations array after an edit): the caches
 * behind chart selections, popovers, related reports and the dataset version.
 */
import { describe, expect, it, vi } from 'vitest';
import { indicatorChart, indicatorCharts } from '../../../src/charts/indicator.ts';
import type { ChartDefinition } from '../../../src/lib/charts/chart.ts';
import { drawingSizes } from '../../../src/lib/charts/files.ts';
import { chartData, chartEntry } from '../../../src/lib/charts/view.ts';
import { relatedReports } from '../../../src/lib/entities/index.ts';
import { valueText } from '../../../src/lib/facts/observations.ts';
import { figurePopovers } from '../../../src/lib/figures/popover.ts';
import { memoize, namedCache } from '../../../src/lib/memo.ts';
import { datasetVersion } from '../../../src/lib/meta/version.ts';
import { CUMULATIVE } from '../charts/fixtures.ts';

describe('memoize and namedCache', () => {
  it('compute once per key object and again for a new one', () => {
    const compute = vi.fn((list: number[]) => list.length);
    const length = memoize(compute);
    const list = [1, 2, 3];
    expect([length(list), length(list)]).toEqual([3, 3]);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(length([...list, 4])).toBe(4);
    expect(compute).toHaveBeenCalledTimes(2);
    const cache = namedCache<number[], string>();
    const named = vi.fn(() => 'x');
    cache(list, 'a', named);
    cache(list, 'a', named);
    cache(list, 'b', named);
    expect(named).toHaveBeenCalledTimes(2);
  });
});

describe('a chart’s figures', () => {
  const counted = (): ChartDefinition & { select: ReturnType<typeof vi.fn> } => {
    const chart = indicatorChart({ id: 'tech-enterprises', name: '高新技术企业', unit: '家' });
    return { ...chart, select: vi.fn(chart.select) };
  };

  it('are selected once however many pages show the chart, and again after an edit', () => {
    const chart = counted();
    const observations = [...CUMULATIVE];
    for (let page = 0; page < 5; page++) {
      chartEntry(chart, observations, 'recent');
      chartEntry(chart, observations, 'full');
      chartData(chart, observations);
    }
    expect(chart.select).toHaveBeenCalledTimes(1);
    const edited = observations.map((o, index) => (index === 0 ? { ...o, value: o.value + 1 } : o));
    expect(chartEntry(chart, edited, 'full').data[0]?.value).toBe((CUMULATIVE[0]?.value ?? 0) + 1);
    expect(chart.select).toHaveBeenCalledTimes(2);
  });

  it('are measured once per entry (pages copy the sizes before ordering them)', () => {
    const entry = chartEntry(counted(), [...CUMULATIVE], 'full');
    expect(drawingSizes(entry)).toBe(drawingSizes(entry));
  });

  it('decide which indicator charts a popover links to from the same selection', () => {
    const observations = [...CUMULATIVE];
    const metric = { id: 'tech-enterprises', name: '高新技术企业', unit: '家', segments: [] };
    expect(indicatorCharts(metric, observations).map((chart) => chart.id)).toEqual([
      'indicator-tech-enterprises',
    ]);
    expect(indicatorCharts(metric, [])).toEqual([]);
  });
});

describe('popovers and the dataset version', () => {
  it('follow an edited figure', () => {
    const observations = [...CUMULATIVE];
    const slug = observations[0]?.slug ?? '';
    const before = figurePopovers(observations, slug);
    const version = datasetVersion(observations);
    expect(figurePopovers(observations, slug)).toEqual(before);
    const edited = observations.map((o) => (o.slug === slug ? { ...o, value: o.value + 100 } : o));
    const after = figurePopovers(edited, slug);
    // This report's own figures, as its popovers print them, before and after the edit.
    const here = (popovers: typeof before) =>
      new Set(popovers.flatMap((popover) => popover.own.map((o) => o.value)));
    const stated = (list: typeof observations) => new Set(list.filter((o) => o.slug === slug).map(valueText));
    expect(here(before)).toEqual(stated(observations));
    expect(here(after)).toEqual(stated(edited));
    expect(here(after)).not.toEqual(here(before));
    expect(datasetVersion(edited)).not.toBe(version);
  });
});

describe('related reports', () => {
  /** The ranking as first written: every pair compared. */
  const naive = <R extends { id: string; topics: readonly string[]; entities: ReadonlySet<string> }>(
    report: R,
    others: readonly R[],
    limit = 3,
  ) =>
    others
      .filter((other) => other.id !== report.id)
      .map((other) => ({
        report: other,
        topics: other.topics.filter((topic) => report.topics.includes(topic)),
        entities: [...other.entities].filter((entity) => report.entities.has(entity)),
      }))
      .map((related) => ({ ...related, score: related.entities.length * 2 + related.topics.length }))
      .filter((related) => related.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ report: other, topics, entities }) => ({ report: other, topics, entities }));

  it('rank as comparing every pair would, from an index built once', () => {
    // A fixed pseudo-random archive: 300 reports, a few topics (some listed twice) and entities each.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const reports = Array.from({ length: 300 }, (_, index) => ({
      id: `r${index}`,
      topics: Array.from({ length: next(4) }, () => `t${next(6)}`),
      entities: new Set(Array.from({ length: next(5) }, () => `e${next(40)}`)),
    }));
    for (const report of reports) {
      expect(relatedReports(report, reports)).toEqual(naive(report, reports));
      expect(relatedReports(report, reports, 7)).toEqual(naive(report, reports, 7));
    }
  });
});
