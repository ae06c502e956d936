import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schema/report.ts';
import { renderBlocks } from '../unit/import/render-mdx.ts';
import { filesIn, frontmatterOf, makeProject, readProjectFile, runTool } from './helpers.ts';

describe('npm run new-report', () => {
  it('creates a report that passes the schema and compiles, and prints its path', () => {
    const root = makeProject();
    const run = runTool('new-report', [
      '--title',
      ' 江津工业经济回眸 ',
      '--date',
      '2023-06-25',
      '--root',
      root,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('content/reports/2023-industry-economy-review.mdx\n');
    const mdx = readProjectFile(root, 'content/reports/2023-industry-economy-review.mdx');
    const result = reportSchema.safeParse(frontmatterOf(mdx));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toMatchObject({
      draft: true,
      title: '江津工业经济回眸',
      period: 2023,
      source: { file: '2023-industry-economy-review.txt' },
    });
    expect(renderBlocks(mdx)).toEqual([]);
    // The raw text the report names is there, empty, for the editor to paste into.
    expect(readProjectFile(root, 'content/sources/2023-industry-economy-review.txt')).toBe('');
  });

  it('takes --period and --slug', () => {
    const root = makeProject();
    const run = runTool('new-report', [
      '--title',
      '回眸',
      '--date',
      '2024-01-10',
      '--period',
      '2023',
      '--slug',
      'review',
      '--root',
      root,
    ]);
    expect(run.status).toBe(0);
    expect(frontmatterOf(readProjectFile(root, 'content/reports/review.mdx'))).toMatchObject({
      period: 2023,
    });
  });

  it('uses a raw text already in content/sources/ under the slug, without touching it', () => {
    const root = makeProject();
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    writeFileSync(join(root, 'content/sources/review.txt'), '原文。\n');
    expect(
      runTool('new-report', ['--title', '回眸', '--date', '2024-01-10', '--slug', 'review', '--root', root])
        .status,
    ).toBe(0);
    expect(readProjectFile(root, 'content/sources/review.txt')).toBe('原文。\n');
    expect(readProjectFile(root, 'content/reports/review.mdx')).toContain(
      '原始文本：content/sources/review.txt',
    );
  });

  it('derives a slug no other report has', () => {
    const root = makeProject();
    const args = ['--title', '江津招商引资成果', '--date', '2020-12-27', '--root', root];
    const first = runTool('new-report', args);
    const second = runTool('new-report', args);
    expect([first.stdout, second.stdout]).toEqual([
      'content/reports/2020-investment.mdx\n',
      'content/reports/2020-investment-2.mdx\n',
    ]);
    expect(filesIn(root, 'content/reports')).toEqual(['2020-investment-2.mdx', '2020-investment.mdx']);
  });

  it('falls back to <period>-report when the title gives no words', () => {
    const run = runTool('new-report', [
      '--title',
      '扬帆起航风正劲',
      '--date',
      '2023-06-25',
      '--root',
      makeProject(),
    ]);
    expect(run.stdout).toBe('content/reports/2023-report.mdx\n');
  });

  it('refuses to overwrite an existing report, leaving it byte for byte', () => {
    const root = makeProject();
    mkdirSync(join(root, 'content/reports'), { recursive: true });
    const existing = Buffer.from('---\ntitle: 已有\n---\n正文\r\n', 'utf8');
    writeFileSync(join(root, 'content/reports/review.mdx'), existing);
    const run = runTool('new-report', [
      '--title',
      '回眸',
      '--date',
      '2024-01-10',
      '--slug',
      'review',
      '--root',
      root,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      '错误：content/reports/review.mdx 已存在，不会覆盖；请换一个 --slug (error: content/reports/review.mdx already exists; not overwriting; choose another --slug)\n',
    );
    expect(readFileSync(join(root, 'content/reports/review.mdx')).equals(existing)).toBe(true);
    expect(filesIn(root, 'content/sources')).toEqual([]);
  });

  it.each(['2023-02-30', '2023-13-01', '23-1-1'])('rejects the date %s and writes nothing', (date) => {
    const root = makeProject();
    const run = runTool('new-report', ['--title', '回眸', '--date', date, '--root', root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`错误：--date ${date} 不是有效日期`);
    expect([...filesIn(root, 'content/reports'), ...filesIn(root, 'content/sources')]).toEqual([]);
  });

  it.each([[''], ['   '], ['第一行\n第二行']])('rejects the title %j and writes nothing', (title) => {
    const root = makeProject();
    const run = runTool('new-report', ['--title', title, '--date', '2023-06-25', '--root', root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^错误：--title /);
    expect(filesIn(root, 'content/reports')).toEqual([]);
  });

  it('says which option is missing, with a usage exit status', () => {
    const run = runTool('new-report', ['--date', '2023-06-25', '--root', makeProject()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('缺少 --title');
  });

  it('refuses a --root that is not the project', () => {
    const run = runTool('new-report', [
      '--title',
      '回眸',
      '--date',
      '2023-06-25',
      '--root',
      join(makeProject(), 'content'),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('找不到 content/data/topics.json');
  });
});
