/** The benchmark's archive generator: years move together, facts keep unique anchors, reports spread. */
import { describe, expect, it } from 'vitest';
import { generateReports, shiftYears, uniqueAnchors } from '../../bench/scale-generate.ts';
import { readReportSources } from '../../helpers/dist.ts';

describe('scale generator', () => {
  it('moves year words and fact periods by the same number of years, and nothing else', () => {
    const text =
      '2022年，产值达<Fact metric="industrial-output" period="2022">1797.4亿元</Fact>，力争2021—2025年超过2500亿元；2023年1—6月<Fact metric="x" period="2023-01/2023-06" id="x-2023-b">5个</Fact>。';
    expect(shiftYears(text, -10)).toBe(
      '2012年，产值达<Fact metric="industrial-output" period="2012">1797.4亿元</Fact>，力争2011—2015年超过2500亿元；2013年1—6月<Fact metric="x" period="2013-01/2013-06" id="x-2013-b">5个</Fact>。',
    );
  });

  it('gives a repeated metric and period an id of its own, in lower case', () => {
    const body = '<Fact metric="a" period="2020-Q2">1个</Fact>和<Fact metric="a" period="2020-Q2">2个</Fact>';
    expect(uniqueAnchors(body)).toBe(
      '<Fact metric="a" period="2020-Q2">1个</Fact>和<Fact id="a-2020-q2-g1" metric="a" period="2020-Q2">2个</Fact>',
    );
  });

  it('keeps the real reports, spreads the rest over 2000–2024, and is the same every time', () => {
    const sources = readReportSources();
    const reports = generateReports(sources, 60);
    expect(reports).toHaveLength(60);
    expect(reports.slice(0, sources.length).map((r) => r.slug)).toEqual(sources.map((s) => s.slug));
    expect(new Set(reports.map((r) => r.slug)).size).toBe(60);
    const periods = reports.slice(sources.length).map((r) => Number(/^period: (\d+)$/m.exec(r.text)?.[1]));
    expect(Math.min(...periods)).toBe(2000);
    expect(Math.max(...periods)).toBe(2024);
    for (const report of reports.slice(sources.length)) {
      const period = Number(/^period: (\d+)$/m.exec(report.text)?.[1]);
      expect(report.slug.startsWith(`${period}-`)).toBe(true);
    }
    expect(generateReports(sources, 60)).toEqual(reports);
  });
});
