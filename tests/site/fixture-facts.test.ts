/**
 * Two fixture sites built from a copy of the project: one where an editor adds next year's report (its
 * figures must join the existing charts and indicator pages with no code change), and one with a broken
 * fact (the build must fail naming the file and line).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtureSite, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

const NEXT_YEAR = `---
title: 测试报道 全区工业稳步增长
date: 2025-01-20
period: 2024
source:
  file: 999_fixture.txt
summary: 测试用报道：2024年全区规模工业产值。
---

2024年，全区实现规模工业产值<Fact metric="industrial-output" period="2024">2100.5亿元</Fact>，同比增长<Fact metric="industrial-output-growth" period="2024">7.5%</Fact>。

年底累计建成数字化车间<Fact metric="digital-workshops" period="2024-12">60个</Fact>。

3月5日，江津区与重齿签订技改协议。

- 重齿公司扩建风电齿轮箱车间
- 其他项目有序推进
`;

const BROKEN = `---
title: 测试报道 错误的数字
date: 2025-01-20
period: 2024
source:
  file: 999_fixture.txt
summary: 测试用报道，含错误的标记。
---

全区新增<Fact metric="no-such-metric" period="2024">12家</Fact>企业。

产值达<Fact metric="industrial-output" period="2024">2100.5万元</Fact>。

2024年，全区规上工业总产值<Fact metric="industrial-output" period="2019" id="wrong-year">2100.5亿元</Fact>。

2024年，推荐<Fact metric="special-fund-projects" period="2024">30个</Fact>项目争取专项资金。

目前，已累计建成数字化车间<Fact metric="digital-workshops" period="2024">90个</Fact>。

2024年，研发经费投入预计超过<Fact metric="rd-spending" period="2024">35亿元</Fact>。
`;

describe('a new report with next year’s figure', () => {
  let site: FixtureSite;
  let result: BuildResult;
  const page = (path: string) =>
    parseHTML(readFileSync(join(site.root, 'dist', path, 'index.html'), 'utf8')).document;
  /** The desktop drawing (an SVG file) a chart figure shows. */
  const drawing = (figure: Element | null) => {
    const src = figure?.querySelector('source[media="(min-width: 40rem)"]')?.getAttribute('srcset') ?? '';
    return readFileSync(join(site.root, 'dist', src), 'utf8');
  };

  beforeAll(async () => {
    site = makeFixtureSite();
    writeFileSync(join(site.root, 'content/reports/2025-fixture.mdx'), NEXT_YEAR);
    result = await site.build();
  });
  afterAll(() => site.remove());

  it('builds', () => {
    expect(result.output).not.toMatch(/\berror\b/i);
    expect(result.code).toBe(0);
  });

  it('joins the output chart of an older report, without a code change', () => {
    const figure = page('reports/2022-industrial-economy').querySelector('#chart-industrial-output');
    expect(figure?.querySelector('.chart__panel--table table')?.textContent).toContain('2100.5亿元');
    expect(drawing(figure)).toContain('2100.5');
    expect(figure?.querySelector('a[href="/reports/2025-fixture/#industrial-output-2024"]')).not.toBeNull();
  });

  it('joins the home page headline, the indicator page and the dataset', () => {
    expect(drawing(page('').querySelector('#chart-headline-output'))).toContain('增长7.5%');
    expect(page('indicators/industrial-output').querySelector('.data-table')?.textContent).toContain(
      '2024年',
    );
    const rows = JSON.parse(readFileSync(join(site.root, 'dist/data/indicators.json'), 'utf8')) as {
      metric: string;
      period: string;
      value: number;
    }[];
    expect(rows).toContainEqual(
      expect.objectContaining({ metric: 'industrial-output', period: '2024', value: 2100.5 }),
    );
  });

  it('updates the home page, the timeline and the entity pages, without a code change', () => {
    const home = page('');
    const tile = home.querySelector('a.key-figure[href="/indicators/industrial-output/"]')?.textContent ?? '';
    expect(tile).toContain('2100.5');
    expect(tile).toContain('同比增长7.5%');
    expect(home.querySelector('#chart-headline-output .chart__title')?.textContent).toBe(
      '距2025年2500亿元目标还差399.5亿元：1年需年均增长19%，2024年增长7.5%',
    );
    // 3月5日 in a report published 2025-01-20 is 2024-03-05: the day would otherwise be after publication.
    const event = page('timeline').querySelector('time[datetime="2024-03-05"]')?.closest('li');
    expect(event?.querySelector('a')?.getAttribute('href')).toMatch(/^\/reports\/2025-fixture\/#s-/);
    // One link per sentence naming the company: the paragraph's and the list item's, each landing on it.
    const links = [
      ...page('entities/chongqing-gearbox').querySelectorAll('a[href^="/reports/2025-fixture/#s-"]'),
    ];
    expect(links).toHaveLength(2);
    const report = page('reports/2025-fixture');
    for (const link of links) {
      const anchor = link.getAttribute('href')?.split('#')[1] ?? '';
      expect(report.getElementById(anchor)?.textContent, anchor).toMatch(/重齿/);
    }
  });

  it('lists where reports disagree, in the build log and on the indicator page', () => {
    expect(result.output).toContain('industrial-output-target: 2025年的数值在后来的报道中修订');
    expect(result.output).toContain('digital-workshops: 累计数不应减少');
    expect(page('indicators/digital-workshops').querySelector('.indicator-notes')?.textContent).toContain(
      '累计数不应减少，但2024年12月的60个少于截至2024年8月31日的81个。',
    );
    expect(page('data/conflicts').querySelector('main')?.textContent).toContain('累计数不应减少');
  });
});

describe('a report with a broken fact', () => {
  let site: FixtureSite;
  let result: BuildResult;

  beforeAll(async () => {
    site = makeFixtureSite();
    writeFileSync(join(site.root, 'content/reports/2025-broken.mdx'), BROKEN);
    result = await site.build();
  });
  afterAll(() => site.remove());

  it('fails the build, naming the file, the line and the problem in Chinese and English', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'content/reports/2025-broken.mdx:10:5: metric “no-such-metric”不在指标登记表中 (metric "no-such-metric" is not in the metric registry)',
    );
    expect(result.output).toContain(
      'content/reports/2025-broken.mdx:12:4: unit “万元”与指标登记表中“industrial-output”的单位“亿元”不符',
    );
  });

  it('fails a wrong period, a contradicting scope word, an undated figure and a projection, each with file:line', () => {
    expect(result.output).toContain(
      'content/reports/2025-broken.mdx:14:16: period “2019”与句中的时间不符：句子说“2024年”，即 2024年，请写 period="2024"',
    );
    expect(result.output).toContain(
      'content/reports/2025-broken.mdx:16:9: metric 句中“推荐”与“special-fund-projects”（获工信专项资金支持的项目）不符',
    );
    expect(result.output).toContain(
      'content/reports/2025-broken.mdx:18:14: period “2024”与句中的时间不符：句子只说“目前”，没有年份，请写 period="as-of"（截至报道日期 2025-01-20）',
    );
    expect(result.output).toContain(
      'content/reports/2025-broken.mdx:20:17: estimate 缺失：句中“预计”表明这是预计数，不是实际数，请加 estimate 属性',
    );
    expect(result.output).toContain(
      '(missing: "预计" makes this a projection, not a stated value; add the estimate prop.',
    );
  });
});
