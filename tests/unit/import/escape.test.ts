import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/lib/import/clean.ts';
import { escapeMdx, visibleText } from '../../../src/lib/import/escape.ts';
import { frontmatterBlock } from '../../../src/lib/import/frontmatter.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import { renderBlocks } from './render-mdx.ts';

/** Lines that MDX or Markdown would read as code or structure if written as they are. */
const HOSTILE = [
  'import fs from "node:fs"',
  'export const x = 1',
  '{props.secret} 与 {1 + 1}',
  '<script>alert(1)</script> 和 <Caption>',
  '<!-- 注释 -->',
  '#不是标题',
  '- 不是列表',
  '+ 也不是',
  '* 更不是',
  '> 不是引用',
  '1. 不是编号',
  '2) 也不是',
  '    四个空格不是代码',
  '===',
  '---',
  '***',
  '`代码` 与 ```',
  '[链接](http://example.org) ![图](x.png)',
  '~~删除~~ 与 1~2个、3~4个',
  '**粗体** 与 _斜体_',
  '&copy; 与 &#123;',
  '反斜杠 \\ 与 \\{',
  'a | b',
  '--- | ---',
  '$x$ 与 %百分号',
];

/** The paragraphs of `raw` after import, compiled as the site compiles them. */
function importAndRender(raw: string) {
  const draft = importText(raw, { sourceFile: 'x.txt', today: new Date('2025-01-01'), title: '测试' });
  return renderBlocks(`${frontmatterBlock(draft.fields, draft.notes)}\n${draft.body}`);
}

describe('escapeMdx', () => {
  it('escapes what MDX would read as code', () => {
    expect(escapeMdx('{a} <b> import')).toBe('\\{a\\} \\<b\\> import');
    expect(escapeMdx('import x')).toBe('&#105;mport x');
    expect(escapeMdx('# x')).toBe('\\# x');
    expect(escapeMdx('1. x')).toBe('1\\. x');
  });

  it('leaves Chinese text, numbers and units as they are', () => {
    const text = '2023年，全区实现规模工业产值1953亿元，同比增长8%（“3+3+X”）。';
    expect(escapeMdx(text)).toBe(text);
  });

  it('is undone by visibleText', () => {
    for (const line of HOSTILE) expect(visibleText(escapeMdx(line))).toBe(line);
  });
});

describe('an import of hostile text', () => {
  it('compiles, with every line a plain paragraph of the same text', () => {
    // Each line ends a sentence, so that none is taken for a heading.
    const sentences = HOSTILE.map((line) => `${line}。`);
    const blocks = importAndRender(sentences.join('\n\n'));
    expect(blocks.map((block) => block.kind)).toEqual(sentences.map(() => 'p'));
    // The site sets straight quotes and dashes typographically (smartypants); the characters are all there.
    const plain = (text: string) =>
      text.replace(/[“”"]/g, '"').replace(/–/g, '--').replace(/—/g, '---').replace(/…/g, '...');
    // What the page shows is the cleaned line, character for character: escaping lost nothing.
    expect(blocks.map((block) => plain(block.text))).toEqual(sentences.map((line) => plain(cleanText(line))));
  });

  it('takes a Markdown heading the source already marks for a heading, escaping nothing else', () => {
    expect(importAndRender('## 小标题\n\n正文。')).toEqual([
      { kind: 'h2', text: '小标题' },
      { kind: 'p', text: '正文。' },
    ]);
  });

  it('compiles a heading and a caption holding braces and angle brackets', () => {
    const blocks = importAndRender(
      '前言。\n\n{江津} <新区>\n\n正文。\n\n\n\n图为{江津} <园区> 通讯员 张三 摄',
    );
    expect(blocks).toEqual([
      { kind: 'p', text: '前言。' },
      { kind: 'h2', text: '{江津} <新区>' },
      { kind: 'p', text: '正文。' },
      { kind: 'caption', text: '图为{江津} <园区>', credit: '通讯员 张三 摄' },
    ]);
  });
});
