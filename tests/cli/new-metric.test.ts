import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../src/lib/facts/registry.ts';
import { importText } from '../../src/lib/import/import-text.ts';
import { filesIn, makeProject, readProjectFile, ROOT, runTool } from './helpers.ts';

const REGISTRY = 'content/data/metrics.json';

/** A project with this repository's metric registry. */
function projectWithRegistry(): string {
  const root = makeProject();
  cpSync(join(ROOT, REGISTRY), join(root, REGISTRY));
  return root;
}

const INVESTMENT = [
  '--id',
  'industrial-investment',
  '--name',
  '工业投资',
  '--unit',
  '亿元',
  '--kind',
  'flow',
  '--definition',
  '全区工业固定资产投资完成额。',
  '--aliases',
  '工业投资额、工业固定资产投资',
];

describe('npm run new-metric', () => {
  it('adds a metric from flags, keeps the old registry and leaves the rest of the file as it was', () => {
    const root = projectWithRegistry();
    const before = readProjectFile(root, REGISTRY);
    const run = runTool('new-metric', ['--root', root, ...INVESTMENT]);
    expect(run.status, run.stderr).toBe(0);
    const after = readProjectFile(root, REGISTRY);
    expect(after.startsWith(before.slice(0, before.lastIndexOf('    }\n  ]')))).toBe(true);
    const metric = parseRegistry(JSON.parse(after)).metrics.at(-1);
    expect(metric).toMatchObject({
      id: 'industrial-investment',
      name: '工业投资',
      aliases: ['工业投资额', '工业固定资产投资'],
      unit: '亿元',
      kind: 'flow',
    });
    const [backup] = filesIn(root, 'content/backups');
    expect(readProjectFile(root, `content/backups/${backup}`)).toBe(before);
    expect(run.stderr).toContain(`原文件备份在 content/backups/${backup}`);
  });

  it('asks for what the flags leave out', () => {
    const root = projectWithRegistry();
    const typed = ['industrial-power', '工业用电量', '亿千瓦时', 'flow', '全区工业用电量。', '', '', ''].join(
      '\n',
    );
    const run = runTool('new-metric', ['--root', root, '--ask'], ROOT, `${typed}\n`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('中文名称（如 工业投资）');
    expect(JSON.parse(readProjectFile(root, REGISTRY)).metrics.at(-1)).toEqual({
      id: 'industrial-power',
      name: '工业用电量',
      unit: '亿千瓦时',
      kind: 'flow',
      definition: '全区工业用电量。',
    });
  });

  it.each([
    [['--kind', 'flows'], 'kind “flows”应为 flow, stock, cumulative, rate, share, target 之一'],
    [['--id', 'industrial-output'], '“industrial-output”重复'],
    [['--id', 'Bad_Id'], 'metrics.id 应为小写字母、数字和连字符'],
    [['--aliases', '规模工业产值'], 'aliases “规模工业产值”已是指标 industrial-output 的名称或别名'],
    [['--segments', 'no-such-segment'], '“no-such-segment”不在 segments 中'],
    [['--kind', 'rate'], 'unit rate 类指标的单位应为 %'],
  ])('refuses %j with a bilingual message and leaves the registry alone', (change, message) => {
    const root = projectWithRegistry();
    const before = readProjectFile(root, REGISTRY);
    const args = [...INVESTMENT];
    for (let at = 0; at < change.length; at += 2) {
      const flag = args.indexOf(change[at] ?? '');
      if (flag >= 0) args[flag + 1] = change[at + 1] ?? '';
      else args.push(change[at] ?? '', change[at + 1] ?? '');
    }
    const run = runTool('new-metric', ['--root', root, ...args]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('(error: ');
    expect(readProjectFile(root, REGISTRY)).toBe(before);
    expect(filesIn(root, 'content/backups')).toEqual([]);
  });

  it('adds a segment with npm run new-segment', () => {
    const root = projectWithRegistry();
    const segment = ['--segment', '--root', root, '--id', 'new-materials', '--name', '新材料'];
    const run = runTool('new-metric', segment);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(readProjectFile(root, REGISTRY)).segments.at(-1)).toEqual({
      id: 'new-materials',
      name: '新材料',
    });
    const again = runTool('new-metric', segment);
    expect(again.stderr).toContain('分组“new-materials”已存在');
  });

  it('makes the importer propose the new metric by its alias', () => {
    const root = projectWithRegistry();
    expect(runTool('new-metric', ['--root', root, ...INVESTMENT]).status).toBe(0);
    const registry = parseRegistry(JSON.parse(readProjectFile(root, REGISTRY)));
    const draft = importText('前三季度，全区完成工业固定资产投资126.5亿元。', {
      sourceFile: 'x.txt',
      title: '题',
      period: 2024,
      today: new Date('2025-01-01'),
      registry,
    });
    expect(draft.body).toContain(
      '<Fact metric="industrial-investment" period="2024-01/2024-09" proposed>126.5亿元</Fact>',
    );
  });

  it('says what is missing when it cannot ask', () => {
    const root = projectWithRegistry();
    writeFileSync(join(root, 'typed.txt'), '');
    const run = runTool('new-metric', ['--root', root, '--id', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('缺少 --name --unit --kind --definition');
    expect(readFileSync(join(root, REGISTRY), 'utf8')).toBe(readFileSync(join(ROOT, REGISTRY), 'utf8'));
  });
});
