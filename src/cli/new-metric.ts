/**
 * `npm run new-metric -- --id industrial-investment --name 工业投资 --unit 亿元 --kind flow
 *   --definition "…" [--aliases "工业投资额,工业固定资产投资"] [--also-written 亿] [--segments a,b]`
 * `npm run new-segment -- --id new-materials --name 新材料`
 *
 * Add a metric (or a segment) to content/data/metrics.json without editing JSON. On a terminal it asks
 * for whatever the flags did not give (`--ask` asks on any input, for scripts and tests). The entry is
 * checked with the registry's schema, the old file is kept in content/backups/, and the new one is
 * written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { EditorError } from '../lib/import/messages.ts';
import {
  addMetric,
  addSegment,
  KIND_HELP,
  registryJson,
  type RawRegistry,
} from '../lib/import/new-metric.ts';
import { note, parseCommandLine, runTool, stringOption, type CommandLine } from './args.ts';
import { backupFile } from './existing-reports.ts';
import { openProject, registryPath, shownPath } from './project.ts';
import { writeFileAtomic } from './write-file.ts';

const USAGE = [
  '用法 (usage): npm run new-metric -- --id <ascii-id> --name <中文名称> --unit <单位> --kind <flow|cumulative|target|growth|share>',
  '  --definition <定义> [--aliases <别名1,别名2>] [--also-written <单位的其他写法>] [--segments <分组id,…>] [--ask] [--root <dir>]',
  '       npm run new-segment -- --id <ascii-id> --name <中文名称>',
].join('\n');

/** The questions, in the order asked: flag name, prompt, and whether an empty answer is allowed. */
const QUESTIONS: [string, string, boolean][] = [
  ['id', '指标 id（小写英文和连字符，如 industrial-investment）', false],
  ['name', '中文名称（如 工业投资）', false],
  ['unit', '单位（如 亿元、家、%）', false],
  [
    'kind',
    `类型：${Object.entries(KIND_HELP)
      .map(([kind, help]) => `${kind} ${help}`)
      .join('；')}`,
    false,
  ],
  ['definition', '定义（一两句话说明统计口径）', false],
  ['aliases', '别名，文中的其他叫法，用逗号分隔（可空）', true],
  ['also-written', '单位的其他写法，用逗号分隔（可空）', true],
  ['segments', '分组 id，用逗号分隔（可空）', true],
];

/** The answers: flags first, then a prompt for each missing one when asking is allowed. */
async function answers(line: CommandLine, names: string[], ask: boolean): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of names) {
    const value = stringOption(line, name);
    if (value !== undefined) result[name] = value;
    else if (!QUESTIONS.find(([flag]) => flag === name)?.[2]) missing.push(name);
  }
  const toAsk = ask ? QUESTIONS.filter(([flag]) => names.includes(flag) && result[flag] === undefined) : [];
  if (!ask && missing.length) {
    const flags = missing.map((name) => `--${name}`).join(' ');
    throw new EditorError('usage', `缺少 ${flags}（用 --help 查看用法）`, `missing ${flags} (see --help)`);
  }
  if (toAsk.length) {
    const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
    const lines = prompt[Symbol.asyncIterator]();
    for (const [flag, question] of toAsk) {
      process.stderr.write(`${question}：`);
      const next = await lines.next();
      result[flag] = next.done ? '' : String(next.value).trim();
    }
    prompt.close();
  }
  return result;
}

/** Ask, check, back up and write. */
async function main(): Promise<void> {
  const line = parseCommandLine(process.argv.slice(2), {
    ...Object.fromEntries(QUESTIONS.map(([flag]) => [flag, { type: 'string' as const }])),
    segment: { type: 'boolean' },
    ask: { type: 'boolean' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (line.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const project = openProject(stringOption(line, 'root'));
  const path = registryPath(project);
  const shown = shownPath(project, path);
  if (!existsSync(path)) throw new EditorError('registry', `找不到 ${shown}`, `${shown} is missing`);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawRegistry;
  const ask = line.values.ask === true || process.stdin.isTTY === true;
  const segment = line.values.segment === true;
  const given = await answers(line, segment ? ['id', 'name'] : QUESTIONS.map(([flag]) => flag), ask);
  const next = segment
    ? addSegment(raw, given.id ?? '', given.name ?? '')
    : addMetric(raw, {
        id: given.id ?? '',
        name: given.name ?? '',
        unit: given.unit ?? '',
        kind: given.kind ?? '',
        definition: given.definition ?? '',
        aliases: given.aliases ?? '',
        alsoWritten: given['also-written'] ?? '',
        segments: given.segments ?? '',
      });
  const backup = backupFile(project, path);
  writeFileAtomic(path, registryJson(next), { overwrite: true, display: shown });
  const what = segment ? `分组 ${given.id}（${given.name}）` : `指标 ${given.id}（${given.name}）`;
  note(
    `已在 ${shown} 中添加${what}；原文件备份在 ${shownPath(project, backup)}`,
    `added ${given.id} to ${shown}; the old file is kept as ${shownPath(project, backup)}`,
  );
  process.stdout.write(`${given.id}\n`);
}

await runTool(main);
