import { describe, expect, it } from 'vitest';
import { COLUMNS, datasetRows, toCsv } from '../../../src/lib/facts/dataset.ts';
import { observationsFromFiles } from '../../../src/lib/facts/from-files.ts';

const observations = observationsFromFiles();

describe('the dataset', () => {
  it('holds at least 120 observations over at least 25 metrics', () => {
    expect(observations.length).toBeGreaterThanOrEqual(120);
    expect(new Set(observations.map((o) => o.metric)).size).toBeGreaterThanOrEqual(25);
  });

  it('links each row to its report page and anchor', () => {
    const [row] = datasetRows(observations, 'https://example.org/');
    expect(row?.report).toBe(
      'https://example.org/reports/2020-investment-attraction/#industrial-output-2020',
    );
  });

  it('writes CSV with a byte-order mark, a header and RFC 4180 quoting', () => {
    const csv = toCsv(datasetRows(observations.slice(0, 2)));
    expect(csv.startsWith('\uFEFFmetric,name,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${COLUMNS.map(([name]) => name).join(',')}`);
    expect(lines).toHaveLength(4);
    const quoted = toCsv([{ ...datasetRows(observations.slice(0, 1))[0]!, quote: '他说，"好"。' }]);
    expect(quoted).toContain(',"他说，""好""。"\r\n');
  });
});
