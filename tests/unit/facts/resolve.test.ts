/** What an editor sees when a fact is wrong, and what the site reads from a fact that is right. */
import { describe, expect, it } from 'vitest';
import { extractFactTags } from '../../../src/lib/facts/extract.ts';
import { REGISTRY } from '../../../src/lib/facts/registry.ts';
import { reportFacts } from '../../../src/lib/facts/resolve.ts';

/** The facts and problems of one paragraph, as if it were line 1 of content/reports/x.mdx. */
function check(paragraph: string) {
  return reportFacts('content/reports/x.mdx', extractFactTags(paragraph), REGISTRY);
}

describe('a fact the editor got right', () => {
  it('reads the value and unit from the text, and the anchor from the props', () => {
    const { facts, problems } = check(
      '总产值达<Fact metric="industrial-output" period="2022">1797.4亿元</Fact>。',
    );
    expect(problems).toEqual([]);
    expect(facts[0]).toMatchObject({
      value: 1797.4,
      unit: '亿元',
      qualifier: '',
      anchor: 'industrial-output-2022',
      quote: '总产值达1797.4亿元。',
    });
  });

  it('takes the qualifier from the words around the number', () => {
    const cases: [string, string][] = [
      ['协议引资超过<Fact metric="investment-agreed" period="2022">1000亿元</Fact>。', 'more-than'],
      ['投资<Fact metric="investment-agreed" period="2020">超570亿元</Fact>。', 'more-than'],
      ['比重达<Fact metric="tech-renovation-share" period="2020">34%</Fact>以上。', 'more-than'],
      ['扩展至<Fact metric="freight-goods-categories" period="2023-06">600余种</Fact>。', 'more-than'],
      ['增长<Fact metric="industrial-output-growth" period="2022">7.9%</Fact>左右。', 'about'],
      ['累计协议引资近<Fact metric="investment-agreed" period="2020">150亿元</Fact>。', 'nearly'],
      [
        '约占全国的<Fact metric="tech-renovation-share" period="2020" qualifier="about">16.7%</Fact>。',
        'about',
      ],
    ];
    for (const [paragraph, qualifier] of cases) {
      expect(check(paragraph).facts[0]?.qualifier, paragraph).toBe(qualifier);
    }
  });

  it('accepts a unit the registry lists as another spelling, and reports the registry unit', () => {
    const { facts } = check('实现产值<Fact metric="industrial-output" period="2020">1357亿</Fact>。');
    expect(facts[0]?.unit).toBe('亿元');
  });
});

describe('a fact the editor got wrong', () => {
  it('names the file, line and prop, in Chinese and English', () => {
    expect(check('\n\n数据<Fact metric="foo" period="2022">3家</Fact>。').problems).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:3: metric “foo”不在指标登记表中 (metric "foo" is not in the metric registry)",
      ]
    `);
  });

  it('says when the value is not a number', () => {
    expect(check('达<Fact metric="industrial-output" period="2022" value="abc">1797.4亿元</Fact>。').problems)
      .toMatchInlineSnapshot(`
        [
          "content/reports/x.mdx:1: value “abc”不是数字 (value "abc" is not a number)",
        ]
      `);
  });

  it('says when the unit contradicts the registry', () => {
    expect(check('达<Fact metric="industrial-output" period="2022">1797.4万元</Fact>。').problems)
      .toMatchInlineSnapshot(`
        [
          "content/reports/x.mdx:1: unit “万元”与指标登记表中“industrial-output”的单位“亿元”不符 (unit "万元" contradicts the registry's unit "亿元" for "industrial-output")",
        ]
      `);
  });

  it('says when the period is not a year, quarter or month', () => {
    expect(check('达<Fact metric="industrial-output" period="2022年">1797.4亿元</Fact>。').problems)
      .toMatchInlineSnapshot(`
        [
          "content/reports/x.mdx:1: period “2022年”应为年份、季度或月份，如 2022、2023-Q2、2023-06、2023-01/2023-06 (period "2022年" must be a year, quarter or month such as 2022, 2023-Q2, 2023-06, 2023-01/2023-06)",
        ]
      `);
  });

  it('says when the sentence does not hold the value', () => {
    expect(
      check('达<Fact metric="industrial-output" period="2022" value={1800}>1797.4亿元</Fact>。').problems,
    ).toMatchInlineSnapshot(`
        [
          "content/reports/x.mdx:1: value 1800 不在所在句子中：“达1797.4亿元。” (value 1800 is not in its sentence "达1797.4亿元。")",
        ]
      `);
  });

  it('asks for an id when one report states the same metric and period twice', () => {
    const paragraph =
      '达<Fact metric="industrial-output" period="2023">1953亿元</Fact>。\n\n又达<Fact metric="industrial-output" period="2023">1953亿元</Fact>。';
    expect(check(paragraph).problems).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:3: id “industrial-output-2023”已在第 1 行用过：同一指标和时期在一篇报告中出现两次时，请给这一处加 id 属性 (id "industrial-output-2023" is already used on line 1: when a metric and period appear twice in one report, give this one an id prop)",
      ]
    `);
  });
});
