import type { Text } from 'hast';
import { describe, expect, it } from 'vitest';
import { chartsAfter, groupSentences } from '../../../src/lib/entities/sentence-anchors.ts';
import { sentenceIds } from '../../../src/lib/entities/sentence-id.ts';
import { extractTags } from '../../../src/lib/facts/extract.ts';

const MDX = `---
title: 测试
---

6月15日，江津区与巨湾技研签订投资协议。规上工业产值达<Fact metric="industrial-output" period="2023">1953亿元</Fact>，增长8%。

## 小标题

**经济大盘“进”的势头在延续**。全年向好！

<Caption credit="通讯员 某某 摄">重齿公司工人清点齿轮箱。图为车间</Caption>

<Chart id="industrial-output" />

全年向好！
`;

/** The anchored sentences of an MDX text, from the loader's one parse (headings have no anchor). */
const reportSentences = (mdx: string) => extractTags(mdx).sentences.filter((sentence) => sentence.id);

describe('the sentences of the one parse', () => {
  it('cuts paragraphs into sentences, keeps captions whole and anchors no heading or chart', () => {
    expect(reportSentences(MDX).map((sentence) => [sentence.place, sentence.text])).toEqual([
      ['paragraph', '6月15日，江津区与巨湾技研签订投资协议。'],
      ['paragraph', '规上工业产值达1953亿元，增长8%。'],
      ['paragraph', '经济大盘“进”的势头在延续。'],
      ['paragraph', '全年向好！'],
      ['caption', '重齿公司工人清点齿轮箱。图为车间'],
      ['paragraph', '全年向好！'],
    ]);
    expect(extractTags(MDX).sentences.filter((sentence) => !sentence.id)).toMatchObject([
      { place: 'heading', text: '小标题', line: 7 },
    ]);
  });

  it('tells where a marked figure stands in its sentence', () => {
    const [, second] = reportSentences(MDX);
    expect(second?.figures).toEqual([[7, 13]]);
    expect(second?.text.slice(7, 13)).toBe('1953亿元');
    const [caption] = extractTags(
      '<Caption>新增绿色工厂<Fact metric="a" period="2022">6个</Fact></Caption>\n',
    ).sentences;
    expect(caption).toMatchObject({ place: 'caption', text: '新增绿色工厂6个', figures: [[6, 8]] });
  });

  it('gives a repeated sentence a numbered id and captions ids of their own', () => {
    const ids = reportSentences(MDX).map((sentence) => sentence.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[5]).toBe(`${ids[3]}-2`);
    expect(ids[4]).toMatch(/^c-/);
  });

  it('takes each list item as a paragraph of its own', () => {
    const list = '前言。\n\n- 第一项，重齿\n- 第二项。\n\n1. 甲\n2. 乙\n';
    expect(reportSentences(list).map((sentence) => sentence.text)).toEqual([
      '前言。',
      '第一项，重齿',
      '第二项。',
      '甲',
      '乙',
    ]);
  });
});

describe('groupSentences (the page side)', () => {
  const text = (value: string): Text => ({ type: 'text', value });
  const fact = {
    type: 'element' as const,
    tagName: 'span',
    properties: {},
    children: [text('1953亿元')],
  };
  // Takes any node, as groupSentences passes hast nodes of every type.
  const textOf = (node: object) =>
    (node as { children?: Text[] }).children?.map((child) => child.value).join('') ?? '';

  it('gives each sentence the id the text side computes, with a figure kept whole inside it', () => {
    const groups = groupSentences(
      [text('6月15日，江津区与巨湾技研签订投资协议。规上工业产值达'), fact, text('，增长8%。')],
      textOf,
    );
    const pageIds = groups.filter((group) => group.text).map((group) => sentenceIds()(group.text));
    const next = sentenceIds();
    const textIds = reportSentences(MDX)
      .slice(0, 2)
      .map((sentence) => sentence.id);
    expect(groups.map((group) => group.text)).toEqual([
      '6月15日，江津区与巨湾技研签订投资协议。',
      '规上工业产值达1953亿元，增长8%。',
    ]);
    expect(groups[1]?.nodes).toContain(fact);
    expect([next(groups[0]?.text ?? ''), next(groups[1]?.text ?? '')]).toEqual(textIds);
    expect(pageIds[0]).toBe(textIds[0]);
  });

  it('leaves the space between two sentences outside both', () => {
    const groups = groupSentences([text('第一句。 第二句。')], textOf);
    expect(groups.map((group) => group.text)).toEqual(['第一句。', '', '第二句。']);
  });
});

describe('chartsAfter', () => {
  const p = { type: 'element' as const, tagName: 'p', properties: {}, children: [] };
  const h2 = { ...p, tagName: 'h2' };
  const chart = (id: string) => ({
    type: 'mdxJsxFlowElement' as const,
    name: 'Chart',
    attributes: [{ type: 'mdxJsxAttribute' as const, name: 'id', value: id }],
    children: [],
  });

  it('gives each paragraph the chart placed after it in its section, and none across a heading', () => {
    const found = chartsAfter([p, p, chart('a'), p, h2, p, chart('b')]);
    expect([...found.entries()]).toEqual([
      [6, 'b'],
      [5, 'b'],
      [2, 'a'],
      [1, 'a'],
      [0, 'a'],
    ]);
  });
});
