import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schema/report.ts';
import { renderBlocks } from '../unit/import/render-mdx.ts';
import { filesIn, FIXTURES, frontmatterOf, makeProject, readProjectFile, runTool } from './helpers.ts';

/** The fixture report as UTF-8 text: what every encoding of it must import as. */
const TEXT = readFileSync(join(FIXTURES, 'report-utf8.txt'), 'utf8');

describe('npm run import', () => {
  it.each([
    ['report-utf8.txt', 'UTF-8'],
    ['report-utf8-bom.txt', 'UTF-8 (BOM)'],
    ['report-utf16le.txt', 'UTF-16LE (BOM)'],
    ['report-utf16be.txt', 'UTF-16BE (BOM)'],
    ['report-gbk.txt', 'GB18030'],
  ])('imports %s, saying the encoding is %s', (fixture, encoding) => {
    const root = makeProject();
    const run = runTool('import', [join(FIXTURES, fixture), '--root', root, '--slug', 'draft']);
    expect(run.stderr).toContain(`编码：${encoding} (encoding: ${encoding})`);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('content/reports/draft.mdx\n');

    const mdx = readProjectFile(root, 'content/reports/draft.mdx');
    expect(mdx).toContain('\n2023年，江津区规上工业总产值达1953亿元，同比增长8%。\n');
    expect(mdx).toContain('<Caption credit="通讯员 张三 摄">图为江津德感工业园</Caption>');
    expect(reportSchema.safeParse(frontmatterOf(mdx)).success).toBe(true);
    expect(frontmatterOf(mdx)).toMatchObject({
      title: '江津 工业经济稳中有进',
      date: '2023-12-20',
      period: 2023,
      source: { file: fixture },
    });
    expect(renderBlocks(mdx).map((block) => block.kind)).toEqual(['p', 'p', 'h2', 'p', 'p', 'caption']);
    // The copy in content/sources/ is UTF-8, whatever the original was.
    expect(readProjectFile(root, `content/sources/${fixture}`)).toBe(TEXT);
  });

  it('prints what it changed', () => {
    const run = runTool('import', [join(FIXTURES, 'report-utf8.txt'), '--root', makeProject()]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/合并断行 2 处 \(line breaks joined: 2\)/);
    expect(run.stderr).toMatch(/还原重复印出的行 1 行/);
    expect(run.stderr).toMatch(/删除多余空格 \d+ 处/);
    expect(run.stderr).toMatch(/半角标点改为全角 6 个/);
    expect(run.stderr).toMatch(/识别出标题 1 处、图片说明 1 处/);
    expect(run.stderr).toMatch(/已写入 content\/reports\/2023-industry-economy\.mdx/);
    expect(run.stdout).toBe('content/reports/2023-industry-economy.mdx\n');
  });

  it.each([
    ['empty.txt', '文件是空的'],
    ['binary.txt', 'NUL 字节'],
    ['latin1.txt', '无法识别文件编码'],
  ])('refuses %s with a clear message and writes nothing', (fixture, message) => {
    const root = makeProject();
    const run = runTool('import', [join(FIXTURES, fixture), '--root', root]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^错误：.*${message}.*\\(error: .+\\)\\n$`));
    expect(run.stdout).toBe('');
    expect([...filesIn(root, 'content/reports'), ...filesIn(root, 'content/sources')]).toEqual([]);
  });

  it('refuses a file that is not there', () => {
    const run = runTool('import', ['no-such-file.txt', '--root', makeProject()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/找不到文件 .*no-such-file\.txt/);
  });

  it('never overwrites a report without --force, leaving it byte for byte', () => {
    const root = makeProject();
    mkdirSync(join(root, 'content/reports'), { recursive: true });
    const existing = Buffer.from('---\ntitle: 旧稿\n---\n\n编辑改过的正文。\r\n', 'utf8');
    writeFileSync(join(root, 'content/reports/draft.mdx'), existing);
    const run = runTool('import', [join(FIXTURES, 'report-utf8.txt'), '--root', root, '--slug', 'draft']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('错误：content/reports/draft.mdx 已存在，不会覆盖');
    expect(run.stderr).toContain('(error: content/reports/draft.mdx already exists; not overwriting');
    expect(readFileSync(join(root, 'content/reports/draft.mdx')).equals(existing)).toBe(true);
    expect(filesIn(root, 'content/sources')).toEqual([]);
    expect(filesIn(root, 'content/reports')).toEqual(['draft.mdx']);
  });

  it('overwrites a report with --force', () => {
    const root = makeProject();
    mkdirSync(join(root, 'content/reports'), { recursive: true });
    writeFileSync(join(root, 'content/reports/draft.mdx'), '旧稿\n');
    const run = runTool('import', [
      join(FIXTURES, 'report-utf8.txt'),
      '--root',
      root,
      '--slug',
      'draft',
      '--force',
    ]);
    expect(run.status).toBe(0);
    expect(readProjectFile(root, 'content/reports/draft.mdx')).toContain('## 创新能力显著增强');
    expect(filesIn(root, 'content/reports')).toEqual(['draft.mdx']);
  });

  it('never overwrites a different raw text in content/sources/, and reuses the same one', () => {
    const root = makeProject();
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    writeFileSync(join(root, 'content/sources/report-utf8.txt'), '另一篇原文。\n');
    expect(
      runTool('import', [join(FIXTURES, 'report-utf8.txt'), '--root', root, '--slug', 'one']).status,
    ).toBe(0);
    expect(readProjectFile(root, 'content/sources/report-utf8.txt')).toBe('另一篇原文。\n');
    expect(readProjectFile(root, 'content/sources/report-utf8-2.txt')).toBe(TEXT);
    expect(frontmatterOf(readProjectFile(root, 'content/reports/one.mdx'))).toMatchObject({
      source: { file: 'report-utf8-2.txt' },
    });

    expect(
      runTool('import', [join(FIXTURES, 'report-utf8.txt'), '--root', root, '--slug', 'two']).status,
    ).toBe(0);
    expect(filesIn(root, 'content/sources')).toEqual(['report-utf8-2.txt', 'report-utf8.txt']);
  });

  it('resolves a relative path from where the editor ran npm, and takes the options given', () => {
    const root = makeProject();
    const folder = join(root, 'incoming');
    mkdirSync(folder);
    copyFileSync(join(FIXTURES, 'report-utf8.txt'), join(folder, '江津报道.txt'));
    const run = runTool(
      'import',
      ['江津报道.txt', '--root', root, '--title', '另定的标题', '--date', '2024-01-02'],
      folder,
    );
    expect(run.status).toBe(0);
    // A name the schema would refuse (not ASCII) is replaced by the report's slug.
    const mdx = readProjectFile(root, run.stdout.trim());
    expect(frontmatterOf(mdx)).toMatchObject({ title: '另定的标题', date: '2024-01-02', period: 2024 });
    expect(filesIn(root, 'content/sources')).toEqual([
      `${run.stdout.trim().replace(/^content\/reports\/|\.mdx$/g, '')}.txt`,
    ]);
    // The headline found in the text stays in the body when another title is given.
    expect(mdx).toContain('## 江津 工业经济稳中有进');
  });

  it.each([
    [['--date', '2023-02-30'], '--date 2023-02-30'],
    [['--title', '  '], '--title 不能为空'],
    [['--slug', 'Not_A_Slug'], '--slug'],
    [['--bogus'], '命令行参数有误'],
  ])('rejects bad options %j before writing anything', (options, message) => {
    const root = makeProject();
    const run = runTool('import', [join(FIXTURES, 'report-utf8.txt'), '--root', root, ...options]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(message);
    expect([...filesIn(root, 'content/reports'), ...filesIn(root, 'content/sources')]).toEqual([]);
  });
});
