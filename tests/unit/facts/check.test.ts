/** checkReports() on inline reports: real disagreements, revisions, and arithmetic, and no false ones. */
import { describe, expect, it } from 'vitest';
import { check, fact, report } from './fixture.ts';

/** Report `slug` saying 2023's output was `value` (`<Fact>` flags in `flags`), after `words`. */
const output2023 = (slug: string, date: string, value: string, { words = '产值', flags = '' } = {}) =>
  report(slug, `2023年，${words}${fact('industrial-output', '2023', value, flags)}。`, date);

describe('checkReports', () => {
  it('finds no disagreement where qualifiers let both figures hold (超1400 and 1410)', () => {
    const { findings } = check(
      output2023('a', '2023-12-31', '1400亿元', { words: '产值超' }),
      output2023('b', '2024-03-01', '1410亿元'),
    );
    expect(findings).toEqual([]);
  });

  it('lists figures that cannot both hold, with both places', () => {
    const { findings } = check(
      output2023('a', '2023-12-31', '1400亿元'),
      output2023('b', '2024-03-01', '1410亿元'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'differs', metric: 'industrial-output' });
    expect(findings[0]?.zh).toContain(
      '1400亿元（content/reports/a.mdx:6）与1410亿元（content/reports/b.mdx:6）不能同时成立',
    );
  });

  it('calls a target changed by a later report a revision', () => {
    const { findings } = check(
      report(
        'a',
        '预计到“十四五”末，产值有望突破<Fact metric="industrial-output-target" period="2025" estimate>2000亿元</Fact>。',
        '2020-12-27',
      ),
      report(
        'b',
        '力争2025年产值超过<Fact metric="industrial-output-target" period="2025">2500亿元</Fact>。',
        '2022-12-31',
      ),
    );
    expect(findings.map((finding) => finding.kind)).toEqual(['revision']);
    expect(findings[0]?.zh).toBe(
      '2025年的数值在后来的报道中修订：2020年12月27日的报道说预计超过2000亿元，2022年12月31日的报道说超过2500亿元。',
    );
  });

  it('lets a stock fall but not a running total', () => {
    const stock = check(
      report(
        'a',
        '2022年，规上工业企业达<Fact metric="above-scale-enterprises" period="2022">539家</Fact>。',
        '2022-12-31',
      ),
      report(
        'b',
        '2023年，规上工业企业达<Fact metric="above-scale-enterprises" period="2023">530家</Fact>。',
        '2023-12-31',
      ),
    );
    expect(stock.findings).toEqual([]);
    const total = check(
      report(
        'a',
        '2022年，累计数字化车间<Fact metric="digital-workshops" period="2022">70个</Fact>。',
        '2022-12-31',
      ),
      report(
        'b',
        '2023年，累计数字化车间<Fact metric="digital-workshops" period="2023">60个</Fact>。',
        '2023-12-31',
      ),
    );
    expect(total.findings.map((finding) => finding.kind)).toEqual(['decreases']);
  });

  it('checks growth against the levels of two years, shares against levels, and parts against totals', () => {
    const { findings } = check(
      report(
        'a',
        [
          '2022年，总产值<Fact metric="industrial-output" period="2022">1000亿元</Fact>。',
          '2023年，总产值<Fact metric="industrial-output" period="2023">1200亿元</Fact>，增长<Fact metric="industrial-output-growth" period="2023">8%</Fact>。',
          '2023年，战略性新兴产业产值<Fact metric="cluster-output" period="2023" segment="strategic-emerging">300亿元</Fact>，占比<Fact metric="strategic-emerging-share" period="2023">20%</Fact>。',
          '2023年，协议引资<Fact metric="investment-agreed" period="2023">100亿元</Fact>，其中消费品协议引资<Fact metric="investment-agreed" period="2023" segment="consumer-goods">80亿元</Fact>，材料产业协议引资<Fact metric="investment-agreed" period="2023" segment="materials">30亿元</Fact>。',
        ].join('\n\n'),
        '2023-12-31',
      ),
    );
    expect(findings.map((finding) => finding.kind).sort()).toEqual(['growth', 'parts', 'share']);
  });

  it('leaves proposed facts out', () => {
    const { findings } = check(
      output2023('a', '2023-12-31', '1400亿元'),
      output2023('b', '2024-03-01', '1410亿元', { flags: 'proposed' }),
    );
    expect(findings).toEqual([]);
  });
});
