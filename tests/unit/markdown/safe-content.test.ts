/** Unsafe markup in a report fails its compilation with file:line:column, in Chinese and English. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { safeContent, urlProblem } from '../../../src/lib/markdown/safe-content.ts';

const FILE = join(process.cwd(), 'content/reports/x.mdx');

/** The problems the plugin reports for `body` (after a three-line frontmatter), one per line. */
async function problemsOf(body: string): Promise<string[]> {
  try {
    await mdxToJs(`---\ntitle: x\n---\n${body}`, {
      mdastPlugins: [safeContent],
      fileURL: pathToFileURL(FILE),
    });
    return [];
  } catch (error) {
    return (error as Error).message.split('\n');
  }
}

describe('safe content', () => {
  it('accepts Markdown, the site components with plain props, and the importer’s comments', async () => {
    const body = [
      '## 标题',
      '',
      '正文**加粗**，[链接](https://example.org/) 与 [站内](/reports/x/)。{/* 待确认 */}',
      '',
      '<Fact metric="industrial-output" period={2022}>1797.4亿元</Fact>',
      '',
      '<Caption>图片说明</Caption>',
      '',
      '<Chart id="industrial-output" />',
    ].join('\n');
    expect(await problemsOf(body)).toEqual([]);
  });

  it('names each script, frame, style, handler, code expression and unsafe address with its place', async () => {
    const body = [
      '<script>alert(1)</script>',
      '<iframe src="https://example.org/"></iframe>',
      '<style>{`p{}`}</style>',
      '<img src="x.png" onerror="alert(1)" />',
      '<span style="color:red">红</span>',
      '[点此](javascript:alert(1)) ![图](data:image/png;base64,AAAA)',
      '正文 {undefinedVariable.foo}',
      '<Caption title={process.env.SECRET}>说明</Caption>',
    ].join('\n\n');
    expect(await problemsOf(body)).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:4:1: 不允许 <script> 标签（会执行代码、嵌入他站或改变样式），请删除 / <script> is not allowed (it runs code, embeds another site or restyles the page); remove it",
        "content/reports/x.mdx:6:1: 不允许 <iframe> 标签（会执行代码、嵌入他站或改变样式），请删除 / <iframe> is not allowed (it runs code, embeds another site or restyles the page); remove it",
        "content/reports/x.mdx:8:1: 不允许 <style> 标签（会执行代码、嵌入他站或改变样式），请删除 / <style> is not allowed (it runs code, embeds another site or restyles the page); remove it",
        "content/reports/x.mdx:8:8: 正文中的 {\`p{}\`} 会被当作代码执行；要显示花括号，请写 \\{ 或全角 ｛ / {\`p{}\`} in the text runs as code; to show a brace write \\{ or the full-width ｛",
        "content/reports/x.mdx:10:1: <img> 不允许事件属性 onerror（会执行代码） / <img>: event handler attribute onerror is not allowed (it runs code)",
        "content/reports/x.mdx:12:1: <span> 不允许 style 属性（样式由网站统一设定） / <span>: the style attribute is not allowed (the site sets all styles)",
        "content/reports/x.mdx:14:1: 不允许 javascript: 地址（可能执行代码），请改用 https:// 链接或删除 / javascript: addresses are not allowed (they can run code); use an https:// link or remove it",
        "content/reports/x.mdx:14:27: 不允许 data: 地址（可能执行代码），请改用 https:// 链接或删除 / data: addresses are not allowed (they can run code); use an https:// link or remove it",
        "content/reports/x.mdx:16:4: 正文中的 {undefinedVariable.foo} 会被当作代码执行；要显示花括号，请写 \\{ 或全角 ｛ / {undefinedVariable.foo} in the text runs as code; to show a brace write \\{ or the full-width ｛",
        "content/reports/x.mdx:18:1: <Caption> 的 title 只能写数字或带引号的文字，不能写代码 {process.env.SECRET} / <Caption>: title may hold a number or quoted text, not code {process.env.SECRET}",
      ]
    `);
  });

  it('sees through case and control characters in addresses', () => {
    expect(urlProblem(' JavaScript:alert(1)')?.en).toContain('javascript:');
    expect(urlProblem('java\tscript:alert(1)')?.en).toContain('javascript:');
    expect(urlProblem('https://example.org/a:b')).toBeUndefined();
    expect(urlProblem('/reports/x/')).toBeUndefined();
  });
});
