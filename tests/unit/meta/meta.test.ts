import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/facts/observations.ts';
import { lastmodFor, withLastmod } from '../../../src/lib/meta/lastmod.ts';
import { datasetDate, datasetVersion } from '../../../src/lib/meta/version.ts';

const dates = new Map([
  ['a', '2022-12-31'],
  ['b', '2024-08-31'],
]);

describe('lastmodFor', () => {
  it('dates a report page by its report and every other page by the newest report', () => {
    expect(lastmodFor('https://x.org/reports/a/', dates)).toBe('2022-12-31');
    expect(lastmodFor('https://x.org/jj/reports/a/', dates)).toBe('2022-12-31');
    expect(lastmodFor('https://x.org/data/', dates)).toBe('2024-08-31');
    expect(withLastmod(dates)({ url: 'https://x.org/' })).toEqual({
      url: 'https://x.org/',
      lastmod: '2024-08-31',
    });
  });

  it('adds nothing when there are no reports', () => {
    expect(withLastmod(new Map())({ url: 'https://x.org/' })).toEqual({ url: 'https://x.org/' });
  });
});

describe('datasetVersion and datasetDate', () => {
  const row = {
    metric: 'm',
    segment: '',
    period: '2023',
    value: 1,
    unit: '家',
    qualifier: '',
    slug: 'b',
    anchor: 'm-2023',
    quote: '句。',
  };
  const observations = [row] as Observation[];

  it('changes exactly when a figure changes', () => {
    expect(datasetVersion(observations)).toMatch(/^[0-9a-f]{8}$/);
    expect(datasetVersion([{ ...row }] as Observation[])).toBe(datasetVersion(observations));
    expect(datasetVersion([{ ...row, value: 2 }] as Observation[])).not.toBe(datasetVersion(observations));
  });

  it('is dated by the newest report that states a figure', () => {
    const reports = [
      { id: 'a', data: { date: new Date('2022-12-31') } },
      { id: 'b', data: { date: new Date('2024-08-31') } },
      { id: 'c', data: { date: new Date('2025-01-01') } },
    ];
    expect(datasetDate(observations, reports)?.toISOString().slice(0, 10)).toBe('2024-08-31');
  });
});
