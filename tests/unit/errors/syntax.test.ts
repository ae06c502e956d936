/** MDX and YAML syntax errors, as editors read them: file:line:column, Chinese and English, a hint. */
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { describeBuildError } from '../../../src/lib/errors/syntax.ts';

const ROOT = '/project';
const FILE = join(ROOT, 'content/reports/x.mdx');

/** The build error Astro would raise for `source`: the MDX compiler's message, with the file's place. */
async function buildErrorOf(source: string): Promise<unknown> {
  try {
    await mdxToJs(source);
  } catch (error) {
    const message = (error as Error).message;
    const [, line, column] = /^(\d+):(\d+)/.exec(message) ?? [];
    const inner = {
      name: 'MDXError',
      message,
      loc: { file: FILE, line: Number(line), column: Number(column) },
    };
    return { message: `Build failed with 1 error:\n${message}`, errors: [inner] };
  }
  throw new Error('the source compiled');
}

describe('MDX syntax errors', () => {
  it('an unclosed tag', async () => {
    expect(describeBuildError(await buildErrorOf('正文\n\n<Caption>说明\n'), ROOT)).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:3:1: MDX 语法错误：<Caption> 标签没有闭合 / MDX syntax error: <Caption> is never closed",
        "  提示：在同一段落内写上 </Caption>，或把它写成自闭合的 <Caption /> / hint: close it with </Caption> in the same paragraph, or write it as <Caption />",
      ]
    `);
  });

  it('a closing tag that does not match', async () => {
    expect(describeBuildError(await buildErrorOf('<Fact metric="a">1</Fakt>\n'), ROOT))
      .toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:1:19: MDX 语法错误：结束标签 </Fakt> 与开始标签 <Fact> 不配对 / MDX syntax error: closing tag </Fakt> does not match the open <Fact>",
        "  提示：把 </Fakt> 改为 </Fact>，或检查标签名的拼写 / hint: change </Fakt> to </Fact>, or check the tag's spelling",
      ]
    `);
  });

  it('an unescaped brace', async () => {
    expect(describeBuildError(await buildErrorOf('产业 {3+3+X 体系\n'), ROOT)).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:1:4: MDX 语法错误：正文中的花括号 { 被当作代码开头 / MDX syntax error: a brace { in the text starts code",
        "  提示：要显示花括号，请写成 \\{ 或全角的 ｛ ｝ / hint: to show a brace, write \\{ or the full-width ｛ ｝",
      ]
    `);
  });

  it('a < in the text', async () => {
    expect(describeBuildError(await buildErrorOf('增速 <5% 的企业\n'), ROOT)).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:1:4: MDX 语法错误：正文中的 < 被当作标签开头 / MDX syntax error: a < in the text starts a tag",
        "  提示：表示“小于”时在 < 后加空格、写成 \\< 或用全角 ＜；链接请用 [文字](网址) / hint: for "less than" put a space after <, write \\< or use the full-width ＜; for a link use [text](url)",
      ]
    `);
  });
});

describe('other build errors', () => {
  it('a YAML slip in the frontmatter, as js-yaml reports it (0-based column)', () => {
    const error = {
      name: 'YAMLException',
      reason: 'missed comma between flow collection entries',
      message: 'missed comma between flow collection entries',
      loc: { file: FILE, line: 3, column: 0 },
    };
    expect(describeBuildError(error, ROOT)).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx:3:1: 文件开头的字段（YAML）格式有误：方括号 [ ] 内的条目之间缺少逗号，或方括号没有闭合 / frontmatter (YAML) syntax error: missed comma between flow collection entries",
        "  提示：检查这一行及上一行：冒号后要有空格，[ ] 与引号要成对，含冒号或 # 的文字请加引号 / hint: check this line and the one before: a space after each colon, paired [ ] and quotes, quote text holding : or #",
      ]
    `);
  });

  it('a page that throws while drawn: the report named by its compiled chunk, the line by the name', () => {
    const error = new ReferenceError('missingName is not defined');
    error.stack = `ReferenceError: missingName is not defined\n    at _createMdxContent (file:///p/.prerender/chunks/2023-work-review_C4ww3n4A.mjs:329:3)`;
    const lines = describeBuildError(error, join(import.meta.dirname, '../../..'));
    expect(lines[0]).toMatch(
      /^content\/reports\/2023-work-review\.mdx: 生成页面时出错：missingName is not defined \//,
    );
  });

  it('a bilingual message of our own checks passes through, a wrapped step keeps its cause', () => {
    const own = new Error('content/reports/x.mdx:4:1: 不允许 <script> 标签 / <script> is not allowed');
    expect(describeBuildError(own, ROOT)).toEqual([own.message]);
    const wrapped = new Error('Could not build the Pagefind search index', {
      cause: new Error('backend closed'),
    });
    expect(describeBuildError(wrapped, ROOT)).toEqual([
      'build: 构建步骤失败：Could not build the Pagefind search index / build step failed: Could not build the Pagefind search index',
      'build: 构建失败：backend closed / build failed: backend closed',
    ]);
  });
});
