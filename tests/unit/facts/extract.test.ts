import { describe, expect, it } from 'vitest';
import { extractFactTags, plainParagraph, splitSentences } from '../../../src/lib/facts/extract.ts';

const MDX = `---
title: 示例
summary: 规上工业总产值达1797.4亿元。
---

近日，2022年，江津区规上工业总产值达<Fact metric="industrial-output" period="2022">1797.4亿元</Fact>，居全市前列；规上工业企业总量达<Fact metric="above-scale-enterprises" period="2022" value={539}>539家</Fact>，居全市第一位。

## 标题

**经济大盘“进”的势头在延续**。2023年，同比增长<Fact metric="industrial-output-growth" period="2023">8%</Fact>。“我们说，要快。”他说。
`;

describe('extractFactTags', () => {
  const tags = extractFactTags(MDX);

  it('finds every tag with its line, props and text', () => {
    expect(tags.map((tag) => [tag.line, tag.props.metric?.text, tag.text])).toEqual([
      [6, 'industrial-output', '1797.4亿元'],
      [6, 'above-scale-enterprises', '539家'],
      [10, 'industrial-output-growth', '8%'],
    ]);
    expect(tags[1]?.props.value).toEqual({ kind: 'expression', text: '539' });
  });

  it('quotes the sentence holding the fact, cut at 。！？；', () => {
    expect(tags.map((tag) => tag.sentence)).toEqual([
      '近日，2022年，江津区规上工业总产值达1797.4亿元，居全市前列；',
      '规上工业企业总量达539家，居全市第一位。',
      '2023年，同比增长8%。',
    ]);
    expect(tags[0]?.before).toBe('近日，2022年，江津区规上工业总产值达');
    expect(tags[0]?.after).toBe('，居全市前列；');
  });

  it('ignores the frontmatter, which the page does not show as text', () => {
    expect(tags.every((tag) => tag.line > 4)).toBe(true);
  });
});

describe('plain text', () => {
  it('strips markup the page does not show', () => {
    expect(plainParagraph('**粗体**。<Caption>图</Caption>正文\\*号')).toBe('粗体。图正文*号');
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('“我们说，要快。”他说。好！')).toEqual(['“我们说，要快。”', '他说。', '好！']);
  });
});
