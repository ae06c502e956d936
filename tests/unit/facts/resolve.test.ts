/**
 * What an editor sees when a fact is wrong, and what the site reads from a fact that is right: inline
 * fixture reports (body from line 6), the registry's metrics, messages pinned word for word.
 */
import { describe, expect, it } from 'vitest';
import { read } from './fixture.ts';

const problems = (body: string, date?: string) => read(body, date).problems;

describe('a fact the editor got right', () => {
  it('reads the value, unit and qualifier from the text, and the anchor from the props', () => {
    const { facts, problems: found } = read(
      '2022年，总产值达<Fact metric="industrial-output" period="2022">1797.4亿元</Fact>。',
    );
    expect(found).toEqual([]);
    expect(facts[0]).toMatchObject({
      value: 1797.4,
      unit: '亿元',
      qualifier: '',
      estimate: false,
      anchor: 'industrial-output-2022',
      key: 'industrial-output||2022|',
      quote: '2022年，总产值达1797.4亿元。',
      line: 6,
    });
  });

  it('takes the qualifier from the words around the number', () => {
    const cases: [string, string][] = [
      ['2022年，协议引资超过<Fact metric="investment-agreed" period="2022">1000亿元</Fact>。', 'more-than'],
      ['2020年，比重达<Fact metric="tech-renovation-share" period="2020">34%</Fact>以上。', 'more-than'],
      ['2022年，增长<Fact metric="industrial-output-growth" period="2022">7.9%</Fact>左右。', 'about'],
      ['2020年，引资近<Fact metric="investment-agreed" period="2020">150亿元</Fact>。', 'nearly'],
    ];
    for (const [body, qualifier] of cases) expect(read(body).facts[0]?.qualifier, body).toBe(qualifier);
  });

  it('turns as-of into the report date, for a sentence that says only 目前', () => {
    const { facts, problems: found } = read(
      '截至目前，已累计创建市级“专精特新”企业<Fact metric="specialized-smes" period="as-of">236家</Fact>。',
    );
    expect(found).toEqual([]);
    expect(facts[0]).toMatchObject({ period: '2023-06-26', anchor: 'specialized-smes-2023-06-26' });
  });

  it('accepts 前三季度 as months 1 to 9, and 去年 read against the report date', () => {
    expect(
      problems(
        '2023年前三季度，产值<Fact metric="industrial-output" period="2023-01/2023-09">1400亿元</Fact>。',
      ),
    ).toEqual([]);
    expect(
      problems('去年产值<Fact metric="industrial-output" period="2023">1953亿元</Fact>。', '2024-08-31'),
    ).toEqual([]);
  });

  it('accepts a projection marked estimate', () => {
    const { facts } = read(
      '全区研发经费投入预计超过<Fact metric="rd-spending" period="2023" estimate>30亿元</Fact>。',
    );
    expect(facts[0]).toMatchObject({ estimate: true, qualifier: 'more-than' });
  });
});

describe('a fact the editor got wrong', () => {
  it('names the file, line, column and prop, in Chinese and English', () => {
    expect(problems('2022年，新增<Fact metric="foo" period="2022">3家</Fact>。')).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:6:9: metric “foo”不在指标登记表中 (metric "foo" is not in the metric registry)",
      ]
    `);
  });

  it('fails a period its sentence contradicts, saying what the sentence says', () => {
    expect(problems('2023年，全区产值<Fact metric="industrial-output" period="2019">1953亿元</Fact>。'))
      .toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:6:11: period “2019”与句中的时间不符：句子说“2023年”，即 2023年，请写 period="2023"。句子：“2023年，全区产值1953亿元。” (period "2019" disagrees with its sentence, which says "2023年" (2023); write period="2023". Sentence: "2023年，全区产值1953亿元。")",
      ]
    `);
  });

  it('fails the third quarter for 前三季度', () => {
    expect(
      problems('2023年前三季度，产值<Fact metric="industrial-output" period="2023-Q3">1400亿元</Fact>。')[0],
    ).toContain(
      'period “2023-Q3”与句中的时间不符：句子说“2023年前三季度”，即 2023年1—9月，请写 period="2023-01/2023-09"',
    );
  });

  it('fails an undated sentence filed under a year', () => {
    expect(
      problems('目前，新增科企<Fact metric="tech-enterprises-new" period="2022">202家</Fact>。')[0],
    ).toContain('句子只说“目前”，没有年份，请写 period="as-of"（截至报道日期 2023-06-26）');
  });

  it('fails a projection marked as a plain value', () => {
    expect(problems('2022年，研发经费投入预计超过<Fact metric="rd-spending" period="2022">30亿元</Fact>。'))
      .toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:6:17: estimate 缺失：句中“预计”表明这是预计数，不是实际数，请加 estimate 属性。句子：“2022年，研发经费投入预计超过30亿元。” (missing: "预计" makes this a projection, not a stated value; add the estimate prop. Sentence: "2022年，研发经费投入预计超过30亿元。")",
      ]
    `);
  });

  it('fails a goal filed as a result, and a result filed as a goal', () => {
    expect(
      problems(
        '力争2025年规上工业总产值超过<Fact metric="industrial-output" period="2025">2500亿元</Fact>。',
      )[0],
    ).toContain('句中“力争”表明这是目标，请用目标类（target）指标');
    expect(
      problems(
        '2022年，总产值达<Fact metric="industrial-output-target" period="2022">1797.4亿元</Fact>。',
      )[0],
    ).toContain('是目标类指标，但句中此数之前和所在分句中都没有“力争”“目标”“预计”等字样');
  });

  it("takes a goal word in the figure's own clause, after it, as making the figure a goal", () => {
    const body =
      '2022年，围绕<Fact metric="doubling-programme-enterprises" period="2022" segment="backbone-enterprises">50家</Fact>骨干企业完成倍增目标。';
    expect(problems(body)).toEqual([]);
    expect(problems(body.replace('完成倍增目标', '完成倍增，另有目标')).join('\n')).toContain(
      '是目标类指标，但句中此数之前和所在分句中都没有“力争”“目标”“预计”等字样',
    );
  });

  it('fails a scope word that contradicts the metric or the segment', () => {
    expect(
      problems(
        '2023年，推荐<Fact metric="special-fund-projects" period="2023">76个</Fact>项目争取专项资金。',
      ).join('\n'),
    ).toContain('句中“推荐”与“special-fund-projects”（获工信专项资金支持的项目）不符');
    expect(
      problems(
        '2023年，规模以上战略性新兴制造业产值<Fact metric="cluster-output" period="2023" segment="strategic-emerging">467.5亿元</Fact>。',
      )[0],
    ).toContain('“strategic-emerging”（战略性新兴产业）要求句中写有“战略性新兴产业”');
    expect(
      problems(
        '2023年，专员对<Fact metric="above-scale-enterprises" period="2023">559家</Fact>规上工业企业进行实地走访。',
      )[0],
    ).toContain('句中“走访”与“above-scale-enterprises”');
  });

  it('fails a running total with no date filed as a flow', () => {
    expect(
      problems(
        '产业园累计协议引资近<Fact metric="investment-agreed" period="2020">150亿元</Fact>。',
        '2020-12-27',
      )[0],
    ).toContain('请用累计类（cumulative）指标');
  });

  it('says when a prop is unknown, the value is not a number or the unit contradicts the registry', () => {
    expect(problems('2022年，达<Fact metric="industrial-output" period="2022" valu="1">1797.4万元</Fact>。'))
      .toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:6:8: valu 不是 Fact 可用的属性，请检查拼写 (unknown Fact prop valu; check the spelling)",
      ]
    `);
    expect(
      problems('2022年，达<Fact metric="industrial-output" period="2022" value="abc">1797.4亿元</Fact>。')[0],
    ).toContain('value “abc”不是数字 (value "abc" is not a number)');
    expect(
      problems('2022年，达<Fact metric="industrial-output" period="2022">1797.4万元</Fact>。')[0],
    ).toContain('unit “万元”与指标登记表中“industrial-output”的单位“亿元”不符');
  });

  it('asks for an id when one report states the same metric and period twice', () => {
    const body =
      '2023年，达<Fact metric="industrial-output" period="2023">1953亿元</Fact>。\n\n2023年，又达<Fact metric="industrial-output" period="2023">1953亿元</Fact>。';
    expect(problems(body)[0]).toContain(
      'content/reports/x.mdx:8:9: id “industrial-output-2023”已在第 6 行用过',
    );
  });

  it('names an unknown chart id', () => {
    expect(problems('<Chart id="nope" />')[0]).toContain(
      'content/reports/x.mdx:6:1: Chart id “nope”不是已有的图表，可用：known',
    );
  });
});
