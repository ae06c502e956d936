/** The dataset rows and CSV, from an inline fixture report (never content/reports). */
import { describe, expect, it } from 'vitest';
import { COLUMNS, datasetRows, toCsv } from '../../../src/lib/facts/dataset.ts';
import { sortObservations, toObservations } from '../../../src/lib/facts/observations.ts';
import { read } from './fixture.ts';

const { facts } = read(
  '2022年，总产值达<Fact metric="industrial-output" period="2022">1797.4亿元</Fact>，研发经费投入预计超过<Fact metric="rd-spending" period="2022" estimate>30亿元</Fact>；目前，新增<Fact metric="tech-enterprises-new" period="as-of">202家</Fact>。',
  '2022-12-31',
);
const observations = sortObservations(toObservations({ slug: 'x', title: '测试' }, facts));

describe('the dataset', () => {
  it('links each row to its report page and anchor, and marks estimates and as-of periods', () => {
    const rows = datasetRows(observations, 'https://example.org/');
    expect(rows[0]?.report).toBe('https://example.org/reports/x/#industrial-output-2022');
    expect(observations.find((o) => o.metric === 'rd-spending')).toMatchObject({
      qualifierName: '预计超过',
      uncertain: true,
    });
    expect(observations.find((o) => o.metric === 'tech-enterprises-new' && !o.uncertain)?.periodLabel).toBe(
      '截至2022年12月31日',
    );
  });

  it('writes CSV with a byte-order mark, a header and RFC 4180 quoting', () => {
    const csv = toCsv(datasetRows(observations.slice(0, 2)));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${COLUMNS.map(([name]) => name).join(',')}`);
    expect(lines).toHaveLength(4);
    const quoted = toCsv([{ ...datasetRows(observations.slice(0, 1))[0]!, quote: '他说，"好"。' }]);
    expect(quoted).toContain(',"他说，""好""。"\r\n');
  });
});
