/**
 * `npm run build` never leaves a broken site behind: in one throwaway copy of the project, a good build
 * makes `dist/`; then a report with an unclosed tag, one with a `{…}` expression, one with a pasted
 * `<script>`, a YAML slip in the frontmatter, a page that throws while it is drawn, output missing a
 * file the site needs and a failing Pagefind step each fail the build with a non-zero status and an editor's message in Chinese and
 * English, and leave every file of that `dist/` byte for byte as it was. The builds share one copy, in
 * sequence, to keep `npm test` fast.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/build/checks.ts';
import { makeFixtureSite, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

const REPORT = 'content/reports/2022-industrial-economy.mdx';
let site: FixtureSite;
let good: Map<string, string>;

/** The SHA-256 of every file of the copy's dist/, by path. */
function hashes(): Map<string, string> {
  const dist = join(site.root, 'dist');
  return new Map(
    listFiles(dist).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dist, file)))
        .digest('hex'),
    ]),
  );
}

/** Builds the copy with each of `files` changed by `change`, then puts the files back. */
async function buildWith(
  files: string | string[],
  change: (text: string) => string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  const originals = new Map<string, string>();
  for (const file of [files].flat()) {
    const path = join(site.root, file);
    originals.set(path, readFileSync(path, 'utf8'));
    const changed = change(originals.get(path) ?? '');
    expect(changed, `${file} was not changed`).not.toBe(originals.get(path));
    writeFileSync(path, changed);
  }
  try {
    return await site.buildSite([], env);
  } finally {
    for (const [path, text] of originals) writeFileSync(path, text);
  }
}

/** What every failed build must do: exit non-zero, say so in both languages, no stack trace, dist/ intact. */
function expectFailedSafely(result: BuildResult, stackFree = true): void {
  expect(result.code, result.output).not.toBe(0);
  expect(result.output).toContain('构建失败，dist/ 保持原样 / build failed; dist/ was left as it was');
  if (stackFree) expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(hashes()).toEqual(good);
  expect(readdirSync(site.root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
}

beforeAll(async () => {
  site = makeFixtureSite();
  const result = await site.buildSite();
  expect(result.code, result.output).toBe(0);
  good = hashes();
  expect(good.has('index.html') && good.has('sw.js') && good.has('phrase-index/index.json')).toBe(true);
});

afterAll(() => site?.remove());

describe('a failed build leaves the previous dist/ byte for byte', () => {
  it('an unclosed tag: file:line:column, what is wrong and how to fix it', async () => {
    const result = await buildWith(REPORT, (text) => `${text}\n<Caption>图片说明没有闭合\n`);
    expectFailedSafely(result);
    expect(result.output).toMatch(
      new RegExp(
        `${REPORT}:\\d+:1: MDX 语法错误：<Caption> 标签没有闭合 / MDX syntax error: <Caption> is never closed`,
      ),
    );
    expect(result.output).toContain('提示：在同一段落内写上 </Caption>');
  });

  it('a {…} expression in the text, with a pasted <script> beside it', async () => {
    const result = await buildWith(
      REPORT,
      (text) => `${text}\n正文 {undefinedVariable.foo} 继续。\n\n<script>alert(1)</script>\n`,
    );
    expectFailedSafely(result);
    expect(result.output).toMatch(
      new RegExp(`${REPORT}:\\d+:4: 正文中的 \\{undefinedVariable.foo\\} 会被当作代码执行`),
    );
    expect(result.output).toMatch(
      new RegExp(`${REPORT}:\\d+:1: 不允许 <script> 标签.* / <script> is not allowed`),
    );
  });

  it('a YAML slip in the frontmatter', async () => {
    const result = await buildWith(REPORT, (text) => text.replace(/^title: /m, 'title: ['));
    expectFailedSafely(result);
    expect(result.output).toMatch(new RegExp(`${REPORT}:\\d+:\\d+: 文件开头的字段（YAML）格式有误`));
    expect(result.output).toContain('frontmatter (YAML) syntax error');
  });

  it('a page that throws while it is drawn (after other pages were written)', async () => {
    const result = await buildWith('src/pages/about.astro', (text) =>
      text.replace(/^---\n/, "---\nif (Astro.url) throw new Error('render failure for the test');\n"),
    );
    expectFailedSafely(result);
    expect(result.output).toContain(
      '构建失败：render failure for the test / build failed: render failure for the test',
    );
  });

  it('output missing a file the site needs (a step that wrote _headers elsewhere)', async () => {
    const result = await buildWith('src/integrations/headers.ts', (text) =>
      text.replace("'_headers')", "'_headers.bak')"),
    );
    expectFailedSafely(result);
    expect(result.output).toContain('dist/_headers: 构建结果缺少此文件 / missing from the build output');
  });

  it('a failing Pagefind step (its binary exits at once)', async () => {
    // Pagefind's Node API takes its binary from this variable; /bin/false is a binary that fails.
    const env = { PAGEFIND_EXTENDED_BINARY_PATH: '/bin/false' };
    const result = await buildWith(REPORT, (text) => `${text}\n新增一段。\n`, env);
    // Pagefind's library prints its own stack trace of the closed pipe; ours adds none.
    expectFailedSafely(result, false);
    // Pagefind's failure either rejects (the step's error names Pagefind) or leaves the step hanging
    // until Node's event loop empties (Astro is then waiting for "jj:pagefind").
    expect(result.output).toMatch(
      /构建步骤失败：Could not build the Pagefind search index|"jj:pagefind"[\s\S]*构建步骤未完成就停止了 \/ a build step stopped without finishing/,
    );
  });
});

describe('a good build', () => {
  it('replaces dist/ and leaves no build folder behind', async () => {
    const result = await buildWith(REPORT, (text) => text.replace(/^summary: /m, 'summary: 测试摘要标记。'));
    expect(result.code, result.output).toBe(0);
    expect(
      readFileSync(join(site.root, 'dist/reports/2022-industrial-economy/index.html'), 'utf8'),
    ).toContain('测试摘要标记。');
    expect(existsSync(join(site.root, 'dist/_headers'))).toBe(true);
    expect(readdirSync(site.root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  });
});
