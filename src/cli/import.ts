/**
 * `npm run import -- <file.txt> [--title … --date YYYY-MM-DD --period YYYY --slug … --force --root <dir>]`
 *
 * Turn a raw text (UTF-8, UTF-16 with a byte-order mark, or GB18030/GBK) into a draft report that builds:
 * cleaned paragraphs, guessed headings and captions marked for the editor to confirm, frontmatter filled
 * where the text allows. Copies the raw text into content/sources/, prints what it changed and the path
 * of the report. Never overwrites a report without --force, and with it keeps the replaced report in
 * content/backups/; refuses a text that a report already holds.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { decodeSource } from '../lib/import/decode.ts';
import { frontmatterBlock } from '../lib/import/frontmatter.ts';
import { importText } from '../lib/import/import-text.ts';
import { EditorError } from '../lib/import/messages.ts';
import { checkDate, checkPeriod, checkSlug, checkTitle } from '../lib/import/options.ts';
import { slugBase, uniqueSlug } from '../lib/import/slug.ts';
import { callerPath, note, parseCommandLine, runTool, stringOption } from './args.ts';
import { summaryLines } from './import-summary.ts';
import { backupFile, reportHolding } from './existing-reports.ts';
import { checkDraft, loadRegistry, openProject, reportPath, shownPath } from './project.ts';
import { planSourceCopy } from './source-copy.ts';
import { existsError, writeFileAtomic } from './write-file.ts';

const USAGE =
  '用法 (usage): npm run import -- <file.txt> [--title <标题>] [--date YYYY-MM-DD] [--period YYYY] [--slug ascii-slug] [--force] [--root <dir>]';

const FORCE_HINT: [string, string] = [
  '如需覆盖请加 --force，或换一个 --slug',
  'add --force to overwrite, or choose another --slug',
];

/** The bytes of the file to import, or an EditorError an editor can act on. */
function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new EditorError('input', `找不到文件 ${path}`, `no such file: ${path}`, { cause: error });
    if (code === 'EISDIR')
      throw new EditorError(
        'input',
        `${path} 是文件夹，不是文本文件`,
        `${path} is a folder, not a text file`,
      );
    throw error;
  }
}

/** Import the file named on the command line and print the path of the draft. */
function main(): void {
  const line = parseCommandLine(
    process.argv.slice(2),
    {
      title: { type: 'string' },
      date: { type: 'string' },
      period: { type: 'string' },
      slug: { type: 'string' },
      force: { type: 'boolean' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (line.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (line.positionals.length !== 1) {
    throw new EditorError(
      'usage',
      '请指定一个要导入的文本文件（用 --help 查看用法）',
      'name exactly one text file to import (see --help)',
    );
  }
  const title = stringOption(line, 'title');
  const date = stringOption(line, 'date');
  const period = stringOption(line, 'period');
  const given = stringOption(line, 'slug');
  const force = line.values.force === true;
  const options = {
    ...(title !== undefined ? { title: checkTitle(title) } : {}),
    ...(date !== undefined ? { date: checkDate(date) } : {}),
    ...(period !== undefined ? { period: checkPeriod(period) } : {}),
  };
  const slugGiven = given === undefined ? undefined : checkSlug(given);
  const project = openProject(stringOption(line, 'root'));

  const inputPath = callerPath(line.positionals[0] ?? '');
  const decoded = decodeSource(readInput(inputPath));
  note(`编码：${decoded.encoding}`, `encoding: ${decoded.encoding}`);
  // The copy's name depends on the slug, which depends on the title the import finds: filled in below.
  const draft = importText(decoded.text, {
    ...options,
    sourceFile: 'pending.txt',
    today: new Date(),
    registry: loadRegistry(project),
  });

  const slug =
    slugGiven ??
    uniqueSlug(slugBase(draft.fields.title, draft.fields.period, project.topics), (candidate) =>
      existsSync(reportPath(project, candidate)),
    );
  const target = reportPath(project, slug);
  const holder = reportHolding(project, decoded.text, (error) =>
    note(`注意：${error.zh}`, `warning: ${error.en}`),
  );
  if (holder !== undefined && holder !== target) {
    const shown = shownPath(project, holder);
    throw new EditorError(
      'duplicate',
      `这篇原文已经导入过，见 ${shown}；不再重复导入（要重新导入，请对该报告用 --slug 和 --force）`,
      `this text has been imported already: see ${shown}; not importing it twice (to re-import, use --slug and --force on that report)`,
    );
  }
  if (!force && existsSync(target)) throw existsError(shownPath(project, target), FORCE_HINT);

  const copy = planSourceCopy(project, inputPath, slug, decoded.text);
  draft.fields.source = { ...draft.fields.source, file: copy.file };
  const content = `${frontmatterBlock(draft.fields, draft.notes)}\n${draft.body}`;
  checkDraft(content);

  // --force never loses the report it replaces: a hand-marked report is kept as a backup first.
  const backup = force && existsSync(target) ? backupFile(project, target) : undefined;
  if (copy.write) writeFileAtomic(copy.path, decoded.text, { display: shownPath(project, copy.path) });
  try {
    writeFileAtomic(target, content, {
      overwrite: force,
      display: shownPath(project, target),
      hint: FORCE_HINT,
    });
  } catch (error) {
    // A race lost to another writer: leave no orphan copy behind.
    if (copy.write) rmSync(copy.path, { force: true });
    throw error;
  }

  for (const [zh, en] of summaryLines(draft)) note(zh, en);
  note(
    copy.write
      ? `原始文本已复制到 ${shownPath(project, copy.path)}`
      : `原始文本已在 ${shownPath(project, copy.path)}`,
    copy.write
      ? `raw text copied to ${shownPath(project, copy.path)}`
      : `raw text already in ${shownPath(project, copy.path)}`,
  );
  if (backup) {
    note(
      `原有的 ${shownPath(project, target)} 已备份到 ${shownPath(project, backup)}`,
      `the replaced ${shownPath(project, target)} is kept as ${shownPath(project, backup)}`,
    );
  }
  note(`已写入 ${shownPath(project, target)}（草稿）`, `written: ${shownPath(project, target)} (a draft)`);
  process.stdout.write(`${shownPath(project, target)}\n`);
}

await runTool(main);
