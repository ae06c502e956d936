/**
 * `npm run new-report -- --title "<标题>" --date YYYY-MM-DD [--period YYYY] [--slug ascii-slug]`
 *
 * Create content/reports/<slug>.mdx with every frontmatter field filled or marked to fill, and an empty
 * raw-text file content/sources/<slug>.txt for it to name (an existing one is used as it is). Prints the
 * path of the report it created. Never overwrites a report.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EditorError } from '../lib/import/messages.ts';
import { checkDate, checkPeriod, checkSlug, checkTitle } from '../lib/import/options.ts';
import { scaffoldReport } from '../lib/import/scaffold.ts';
import { slugBase, uniqueSlug } from '../lib/import/slug.ts';
import { note, parseCommandLine, runTool, stringOption } from './args.ts';
import { checkDraft, openProject, reportPath, shownPath, type Project } from './project.ts';
import { existsError, writeFileAtomic } from './write-file.ts';

const USAGE = `用法 (usage): npm run new-report -- --title "<标题>" --date YYYY-MM-DD [--period YYYY] [--slug ascii-slug] [--root <dir>]`;

/** An option the tool cannot do without. */
function required(value: string | undefined, name: string): string {
  if (value === undefined)
    throw new EditorError(
      'usage',
      `缺少 --${name}（用 --help 查看用法）`,
      `--${name} is required (see --help)`,
    );
  return value;
}

/**
 * Writes the report, and first its raw-text file `newSource` when that is to be created (empty, for the
 * editor to paste into); a report that cannot be written leaves no raw-text file behind. Then says what
 * to fill in.
 */
function writeReport(project: Project, target: string, content: string, newSource: string | undefined): void {
  if (newSource) writeFileAtomic(newSource, '', { display: shownPath(project, newSource) });
  try {
    writeFileAtomic(target, content, {
      display: shownPath(project, target),
      hint: ['请换一个 --slug', 'choose another --slug'],
    });
  } catch (error) {
    // Leave nothing behind for a report that was not created.
    if (newSource) rmSync(newSource, { force: true });
    throw error;
  }
  if (newSource) {
    note(
      `已建空白原始文本 ${shownPath(project, newSource)}，请粘贴原文`,
      `created an empty raw text ${shownPath(project, newSource)}; paste the source into it`,
    );
  }
  note(
    `已创建 ${shownPath(project, target)}，请填写标有“待填写”的字段`,
    `created ${shownPath(project, target)}; fill in the fields marked 待填写`,
  );
}

/** Create the report and print its path. */
function main(): void {
  const line = parseCommandLine(process.argv.slice(2), {
    title: { type: 'string' },
    date: { type: 'string' },
    period: { type: 'string' },
    slug: { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (line.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const title = checkTitle(required(stringOption(line, 'title'), 'title'));
  const date = checkDate(required(stringOption(line, 'date'), 'date'));
  const period = checkPeriod(stringOption(line, 'period') ?? date.slice(0, 4));
  const given = stringOption(line, 'slug');
  const project = openProject(stringOption(line, 'root'));

  const slug = given
    ? checkSlug(given)
    : uniqueSlug(slugBase(title, period, project.topics), (candidate) =>
        existsSync(reportPath(project, candidate)),
      );
  const target = reportPath(project, slug);
  if (existsSync(target))
    throw existsError(shownPath(project, target), ['请换一个 --slug', 'choose another --slug']);

  const sourceFile = `${slug}.txt`;
  const sourcePath = join(project.sources, sourceFile);
  const sourceExisted = existsSync(sourcePath);
  const content = scaffoldReport({
    title,
    date,
    period,
    sourceFile,
    sourceHasText: sourceExisted && readFileSync(sourcePath, 'utf8').trim() !== '',
  });
  checkDraft(content, shownPath(project, target));

  writeReport(project, target, content, sourceExisted ? undefined : sourcePath);
  process.stdout.write(`${shownPath(project, target)}\n`);
}

await runTool(main);
