/** Reading a report's MDX syntax tree: facts with their sentences, lines and props; chart tags. */
import { describe, expect, it } from 'vitest';
import { extractTags, splitSentences } from '../../../src/lib/facts/extract.ts';

describe('extractTags', () => {
  it('finds each fact with its sentence, the text around it, its line and column', () => {
    const source =
      '---\ntitle: x\n---\n\n2022年，总产值达<Fact metric="a" period="2022">1797.4亿元</Fact>，居前列；企业<Fact metric="b" period="2022">539家</Fact>。\n';
    const [first, second] = extractTags(source).facts;
    expect(first).toMatchObject({
      line: 5,
      column: 11,
      props: { metric: 'a', period: '2022' },
      text: '1797.4亿元',
      sentence: '2022年，总产值达1797.4亿元，居前列；',
      before: '2022年，总产值达',
      after: '，居前列；',
      context: '',
    });
    expect(second).toMatchObject({
      sentence: '企业539家。',
      context: '2022年，总产值达1797.4亿元，居前列；',
    });
  });

  it('reads bare and expression props, and strips bold and links from the sentence', () => {
    const [fact] = extractTags(
      '**预计**达<Fact metric="a" period="2025" estimate value={30}>超[30](x)亿元</Fact>。',
    ).facts;
    expect(fact?.props).toEqual({ metric: 'a', period: '2025', estimate: true, value: '30' });
    expect(fact?.sentence).toBe('预计达超30亿元。');
  });

  it('does not take a tag written in a code block or inline code for a fact', () => {
    const source =
      '写作 `<Fact metric="a" period="2022">1亿元</Fact>`。\n\n```mdx\n<Fact metric="a" period="2022">1亿元</Fact>\n```\n';
    expect(extractTags(source).facts).toEqual([]);
  });

  it('finds chart tags with their ids and lines', () => {
    expect(extractTags('段落。\n\n<Chart id="industrial-output" />\n\n<Chart />\n').charts).toEqual([
      { line: 3, column: 1, id: 'industrial-output' },
      { line: 5, column: 1, id: undefined },
    ]);
  });
});

describe('splitSentences', () => {
  it('cuts at 。！？； and keeps closing quotes with their sentence', () => {
    expect(splitSentences('他说：“好。”然后走了；完')).toEqual(['他说：“好。”', '然后走了；', '完']);
  });
});
