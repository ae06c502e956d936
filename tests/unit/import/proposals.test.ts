import { describe, expect, it } from 'vitest';
import { extractFactTags } from '../../../src/lib/facts/extract.ts';
import { toObservations } from '../../../src/lib/facts/observations.ts';
import { REGISTRY } from '../../../src/lib/facts/registry.ts';
import { reportFacts } from '../../../src/lib/facts/resolve.ts';
import { inferPeriod, proposeFacts } from '../../../src/lib/import/proposals.ts';

const CONTEXT = { year: 2024, published: 2024 };

describe('the period a sentence gives', () => {
  it.each([
    ['前三季度，全区', '2024-01/2024-09'],
    ['今年前两季度', '2024-01/2024-06'],
    ['上半年', '2024-01/2024-06'],
    ['1—9月，', '2024-01/2024-09'],
    ['1-11月', '2024-01/2024-11'],
    ['1—12月', '2024'],
    ['一季度', '2024-Q1'],
    ['第三季度', '2024-Q3'],
    ['截至9月底，', '2024-09'],
    ['2023年，全区', '2023'],
    ['2022年前三季度', '2022-01/2022-09'],
    ['去年，', '2023'],
    ['全区', '2024'],
  ])('%s → %s', (before, period) => {
    expect(inferPeriod(before, CONTEXT)).toBe(period);
  });
});

describe('proposals', () => {
  const propose = (text: string) =>
    proposeFacts(text, REGISTRY, CONTEXT, new Set()).map((p) => [p.metric, p.period, p.text]);

  it('finds a metric by its alias, and its growth rate by the registry twin', () => {
    expect(propose('前三季度，全区规模工业产值1468.2亿元，同比增长9.6%。')).toEqual([
      ['industrial-output', '2024-01/2024-09', '1468.2亿元'],
      ['industrial-output-growth', '2024-01/2024-09', '9.6%'],
    ]);
  });

  it('takes the longest name (园区规上工业总产值 is not 规上工业总产值)', () => {
    expect(propose('园区规上工业总产值达到213.4亿元。')).toEqual([['park-output', '2024', '213.4亿元']]);
  });

  it('wants the unit of the metric, and a number after its name in the same sentence', () => {
    expect(propose('规上工业总产值增长较快。企业达到1953亿元。')).toEqual([]);
    expect(propose('1953亿元的规上工业总产值。')).toEqual([]);
    expect(propose('全区新增规上工业企业37个。')).toEqual([]);
  });

  it('proposes a metric and period once per report, so that no anchor is used twice', () => {
    const taken = new Set<string>();
    const text = '2023年规上工业总产值1953亿元。2023年规上工业总产值1953亿元。';
    expect(proposeFacts(text, REGISTRY, CONTEXT, taken)).toHaveLength(1);
    expect(proposeFacts(text, REGISTRY, CONTEXT, taken)).toHaveLength(0);
  });

  it('keeps a qualifier word outside the figure, for the resolver to read', () => {
    expect(propose('全区研发投入超过30亿元。')).toEqual([['rd-spending', '2024', '30亿元']]);
  });
});

describe('a proposed figure in the fact pipeline', () => {
  const mdx = [
    '---',
    'title: 题',
    '---',
    '',
    '2024年，规上工业总产值<Fact metric="industrial-output" period="2024" proposed>2000亿元</Fact>，' +
      '同比增长<Fact metric="industrial-output-growth" period="2024">8%</Fact>。',
  ].join('\n');
  const { facts, problems } = reportFacts('a.mdx', extractFactTags(mdx), REGISTRY);

  it('resolves, marked as proposed', () => {
    expect(problems).toEqual([]);
    expect(facts.map((fact) => [fact.metric, fact.proposed ?? false])).toEqual([
      ['industrial-output', true],
      ['industrial-output-growth', false],
    ]);
  });

  it('never becomes an observation until `proposed` is deleted', () => {
    const rows = toObservations({ slug: 'a', title: '题' }, facts);
    expect(rows.map((row) => row.metric)).toEqual(['industrial-output-growth']);
    const confirmed = reportFacts('a.mdx', extractFactTags(mdx.replace(' proposed>', '>')), REGISTRY).facts;
    expect(toObservations({ slug: 'a', title: '题' }, confirmed).map((row) => row.metric)).toEqual([
      'industrial-output',
      'industrial-output-growth',
    ]);
  });
});
