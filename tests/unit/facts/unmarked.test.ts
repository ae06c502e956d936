/** Numbers of a report's prose that no `<Fact>` marks, against a reviewed list (inline fixtures only). */
import { describe, expect, it } from 'vitest';
import { parseUnmarked, reviewUnmarked, unmarkedNumbers } from '../../../src/lib/facts/unmarked.ts';
import type { UnmarkedEntry } from '../../../src/schema/unmarked.ts';
import { read } from './fixture.ts';

const FILE = 'content/reports/x.mdx';
const sentencesOf = (body: string) => read(body, '2023-12-31', FILE).sentences;
const review = (body: string, entries: UnmarkedEntry[]) =>
  reviewUnmarked([{ slug: 'x', file: FILE, sentences: sentencesOf(body) }], entries);

const BODY = [
  '2023年6月25日，全区新增<Fact metric="specialized-smes-new" period="2023">74家</Fact>，居全市第2位。',
  '',
  '## 上半年引资超570亿元',
  '',
  '组织专题培训5场，巨湾技研项目总投资72亿元，设计产能10-15万辆，缩减率达67%—79%。',
  '',
  '<Caption>新增绿色工厂6个</Caption>',
].join('\n');

describe('unmarkedNumbers', () => {
  it('lists every number that is neither marked, a date nor an ordinal, headings and captions too', () => {
    expect(unmarkedNumbers(sentencesOf(BODY)).map((number) => number.words)).toEqual([
      '570亿元',
      '5场',
      '72亿元',
      '10-15万辆',
      '67%—79%',
      '6个',
    ]);
  });

  it("says where the number stands: the block's line and the sentence", () => {
    const [heading] = unmarkedNumbers(sentencesOf(BODY));
    expect(heading?.sentence).toMatchObject({ line: 8, place: 'heading', text: '上半年引资超570亿元' });
  });
});

describe('reviewUnmarked', () => {
  const listed: UnmarkedEntry[] = [
    { report: 'x', text: '引资超570亿元', reason: 'restated', note: '小标题' },
    { report: 'x', text: '总投资72亿元，设计产能10-15万辆', reason: 'company', note: '一个项目' },
    { report: 'x', text: '缩减率达67%—79%', reason: 'vague', note: '区间' },
    { report: 'x', text: '绿色工厂6个', reason: 'restated', note: '图片说明' },
  ];

  it('fails a new unmarked number with the file, line and sentence, in Chinese and English', () => {
    expect(review(BODY, listed)).toEqual([
      'content/reports/x.mdx:10: “5场”未标记：是全区、园区、集群或产业的数字就用 <Fact> 标出，否则在 content/data/unmarked-figures.json 中写明原因。句子：“组织专题培训5场，巨湾技研项目总投资72亿元，设计产能10-15万辆，缩减率达67%—79%。” ("5场" is not marked: mark a district, park, cluster or industry figure with <Fact>, or record in content/data/unmarked-figures.json why not. Sentence: "组织专题培训5场，巨湾技研项目总投资72亿元，设计产能10-15万辆，缩减率达67%—79%。")',
    ]);
  });

  it('passes once the number is marked or listed', () => {
    const marked = BODY.replace('培训5场', '培训<Fact metric="special-trainings" period="2023">5场</Fact>');
    expect(review(marked, listed)).toEqual([]);
    expect(
      review(BODY, [...listed, { report: 'x', text: '培训5场', reason: 'company', note: '测试' }]),
    ).toEqual([]);
  });

  it('covers only the numbers inside the listed words, not the same number elsewhere', () => {
    const twice = `${BODY}\n\n全年又组织专题培训5场。`;
    const entries = [
      ...listed,
      { report: 'x', text: '组织专题培训5场，巨湾', reason: 'company' as const, note: '测试' },
    ];
    expect(review(twice, entries)).toHaveLength(1);
    expect(review(twice, entries)[0]).toContain('x.mdx:14: “5场”未标记');
  });

  it('fails a listed entry that covers no unmarked number any more', () => {
    const marked = BODY.replace(
      '6个',
      '<Fact metric="green-factories-new" period="2023" segment="all-levels">6个</Fact>',
    );
    expect(review(marked, listed).join('\n')).toContain(
      'content/data/unmarked-figures.json: text “绿色工厂6个”在 content/reports/x.mdx 中已没有未标记的数字',
    );
  });

  it('leaves entries of reports it does not check alone', () => {
    expect(review('无数字。', [{ report: 'y', text: '5场', reason: 'company', note: '测试' }])).toEqual([]);
  });
});

describe('parseUnmarked', () => {
  it('names the entry and the field of a bad reason', () => {
    expect(() =>
      parseUnmarked({ figures: [{ report: 'x', text: '5场', reason: 'other', note: '测试' }] }),
    ).toThrow(
      /^content\/data\/unmarked-figures\.json: figures\.0\.reason: 应为 company、name、.+ 之一 \(must be one of company, name, /,
    );
    expect(() =>
      parseUnmarked({ figures: [{ report: 'x', text: '五场', reason: 'company', note: '测试' }] }),
    ).toThrow(
      'content/data/unmarked-figures.json: figures.0.text: 应包含至少一个数字 (must hold at least one digit)',
    );
  });
});
