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
    expect(mdx).toContain(
      '\n2023年，江津区规上工业总产值达<Fact metric="industrial-output" period="2023" proposed>1953亿元</Fact>，' +
        '同比增长<Fact metric="industrial-output-growth" period="2023" proposed>8%</Fact>。\n',
    );
    expect(mdx).toContain('<Caption credit="通讯员 张三 摄">图为江津德感工业园</Caption>');
    expect(reportSchema.safeParse(frontmatterOf(mdx)).success).toBe(true);
    expect(frontmatterOf(mdx)).toMatchObject({
      title: '江津 工业经济稳中有进',
      date: '2023-12-20',
      period: 2023,
      source: { file: fixture },
    });
    const withoutFacts = mdx.replace(/<Fact\b[^>]*>(.*?)<\/Fact>/gu, '$1');
    expect(renderBlocks(withoutFacts).map((block) => block.kind)).toEqual([
      'p',
      'p',
      'h2',
      'p',
      'p',
      'caption',
    ]);
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
    // The replaced report is kept, byte for byte, outside content/reports/ where the build would load it.
    const [backup] = filesIn(root, 'content/backups');
    expect(backup).toMatch(/^draft-\d{8}T\d{6}Z\.mdx\.bak$/);
    expect(readProjectFile(root, `content/backups/${backup}`)).toBe('旧稿\n');
    expect(run.stderr).toContain(`原有的 content/reports/draft.mdx 已备份到 content/backups/${backup}`);
  });

  it('refuses a text a report already holds, naming the report, even saved in another encoding', () => {
    const root = makeProject();
    expect(
      runTool('import', [join(FIXTURES, 'report-utf8.txt'), '--root', root, '--slug', 'one']).status,
    ).toBe(0);
    const again = runTool('import', [join(FIXTURES, 'report-gbk.txt'), '--root', root, '--slug', 'two']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('错误：这篇原文已经导入过，见 content/reports/one.mdx');
    expect(again.stderr).toContain(
      '(error: this text has been imported already: see content/reports/one.mdx',
    );
    expect(filesIn(root, 'content/reports')).toEqual(['one.mdx']);
    // Re-importing it into the same report is what --force is for.
    const forced = runTool('import', [
      join(FIXTURES, 'report-utf8.txt'),
      '--root',
      root,
      '--slug',
      'one',
      '--force',
    ]);
    expect(forced.status, forced.stderr).toBe(0);
  });

  it('names the file and line of a report whose YAML is broken, and goes on', () => {
    const root = makeProject();
    mkdirSync(join(root, 'content/reports'), { recursive: true });
    writeFileSync(
      join(root, 'content/reports/broken.mdx'),
      '---\ntitle: 好\nsummary: "没有收尾的引号\n---\n\n正文。\n',
    );
    const run = runTool('import', [join(FIXTURES, 'report-utf8.txt'), '--root', root, '--slug', 'new']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/注意：content\/reports\/broken\.mdx:3: frontmatter 的 YAML 语法有误/);
    expect(run.stderr).toMatch(
      /warning: content\/reports\/broken\.mdx:3: YAML syntax error in the frontmatter/,
    );
  });

  it('writes a draft and lists each proposed figure with its sentence', () => {
    const root = makeProject();
    const run = runTool('import', [join(FIXTURES, 'shapes/web-portal.txt'), '--root', root, '--slug', 'web']);
    expect(run.status, run.stderr).toBe(0);
    expect(frontmatterOf(readProjectFile(root, 'content/reports/web.mdx'))).toMatchObject({ draft: true });
    expect(run.stderr).toContain('建议标注的数字 5 个，核对后删除 proposed 即确认');
    expect(run.stderr).toContain(
      '1468.2亿元 → industrial-output 2024-01/2024-09：记者从区经济信息委获悉，今年前三季度，全区实现规模工业产值1468.2亿元',
    );
    expect(run.stderr).toContain('日期 2024-10-28：取自页面上的发布日期 “发布时间：2024-10-28 16:05');
  });

  it('never overwrites a different raw text in content/sources/', () => {
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
