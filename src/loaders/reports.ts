/**
 * The reports' loader: Astro's glob() loader over content/reports/*.mdx, reading each report once. Its
 * frontmatter is checked (messages name the file and the field), its MDX syntax tree is read for facts
 * and chart tags (messages name the file and line), and the resolved facts are attached to the entry,
 * so that pages, charts and data files read them from the collection and never parse MDX again. Then
 * checkReports() lists, as warnings, where the reports' figures disagree or were revised.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { isDraft, isShown, showsDrafts } from '../lib/content/drafts.ts';
import { reportSlug } from '../lib/content/slug.ts';
import { DERIVED_VERSION, deriveFromReport } from '../lib/entities/derived.ts';
import { FriendlyError, errorLine, fieldMessage } from '../lib/errors/format.ts';
import { describeBuildError } from '../lib/errors/syntax.ts';
import { frontmatterBlock, reportProblems } from '../lib/errors/frontmatter.ts';
import { checkReports, findingLine, type ReportFacts } from '../lib/facts/check.ts';
import { readReport } from '../lib/facts/report-facts.ts';
import type { Fact } from '../lib/facts/resolve.ts';
import { reviewUnmarked } from '../lib/facts/unmarked.ts';
import {
  draftLine,
  encodingProblem,
  placeholderProblems,
  proposalLine,
} from '../lib/import/report-checks.ts';
import { plainHeadline } from '../lib/text/breaks.ts';
import { reportSchema } from '../schema/report.ts';

/** What the loader needs to know. */
export interface ReportsLoaderOptions {
  /** Folder of the reports, relative to the project root. */
  base?: string;
  /** The ids `<Chart id="…" />` may use. */
  chartIds: readonly string[];
}

/** The shape of an entry's data that the cross-report checks read. */
interface EntryData {
  title: string;
  draft?: boolean;
  date: Date | string;
  facts: Fact[];
}

/** The report files under `base`, as paths relative to the project root. */
function reportFiles(base: string): string[] {
  return readdirSync(base)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(base, name).replace(/^\.\//, ''));
}

/**
 * Problems found before Astro reads any report, for every file (cached ones too): a file saved as GBK
 * or UTF-16 gets one line saying so, before its mojibake meets the schema; in a production build, a
 * report that is not a draft must hold no placeholder text (drafts: src/lib/content/drafts.ts).
 */
function preflightProblems(base: string): string[] {
  return reportFiles(base).flatMap((file) => {
    const bytes = readFileSync(file);
    const encoding = encodingProblem(file, bytes);
    if (encoding) return [encoding];
    if (showsDrafts()) return [];
    const text = bytes.toString('utf8');
    let data: unknown;
    try {
      data = parseYaml(frontmatterBlock(text) ?? '');
    } catch {
      return []; // the glob loader reports YAML errors with their line
    }
    return isDraft(data) ? [] : placeholderProblems(file, text, data);
  });
}

/**
 * What `read` returns. An MDX syntax error it throws becomes the editor's message of the build's error
 * translation (src/lib/errors/syntax.ts), naming the file, line and column, with a hint.
 */
function namingFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof Error) || (error as { loc?: unknown }).loc) throw error;
    throw new FriendlyError(
      describeBuildError(Object.assign(error, { loc: { file: resolve(file) } }), process.cwd()),
    );
  }
}

/** One line for the numbers of the reports read in this build that are neither marked nor reviewed. */
function unreviewedLine(counts: ReadonlyMap<string, number>): string {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const files = [...counts.keys()].slice(0, 3).join(', ') + (counts.size > 3 ? ' …' : '');
  return fieldMessage(
    '',
    `${counts.size} 篇报告中有 ${total} 处数字既未标记也未说明原因（${files}），运行 npm run check-data 查看`,
    `${total} numbers in ${counts.size} reports are neither marked nor reviewed (${files}); run npm run check-data to list them`,
  );
}

/**
 * Astro's `generateId` for the reports: each file's slug, refusing a second file whose name gives the
 * same slug (the two pages would share one URL).
 */
function slugIds(folder: string): (options: { entry: string }) => string {
  const files = new Map<string, string>();
  return ({ entry }) => {
    const slug = reportSlug(entry);
    const other = files.get(slug);
    if (other && other !== entry) {
      throw new FriendlyError([
        errorLine(
          { file: `${folder}/${entry}` },
          fieldMessage(
            'slug',
            `与 ${other} 的网址重复（${slug}），请改文件名`,
            `same URL slug as ${other} (${slug}); rename one file`,
          ),
        ),
      ]);
    }
    files.set(slug, entry);
    return slug;
  };
}

/**
 * The one read of a report: its frontmatter checked, its MDX syntax tree read for facts, sentences and
 * chart tags, and what is derived from them (plain headline texts, facts, mentions) attached to the
 * entry. Counts the report's unreviewed numbers into `unreviewed`.
 */
async function parseReport<TData extends Record<string, unknown>>(
  context: LoaderContext,
  props: ParseDataOptions<TData>,
  chartIds: readonly string[],
  unreviewed: Map<string, number>,
): Promise<TData> {
  const file = relative(process.cwd(), resolve(props.filePath ?? ''));
  const text = readFileSync(file, 'utf8');
  const frontmatter = reportProblems(file, text, props.data);
  if (frontmatter.length) throw new FriendlyError(frontmatter);
  const { date, title, kicker, subtitle } = reportSchema.parse(props.data);
  const pass = namingFile(file, () => readReport(text, { file, date }, { chartIds }));
  if (pass.problems.length) throw new FriendlyError(pass.problems);
  for (const warning of pass.warnings) context.logger.warn(warning);
  // Numbers neither marked nor reviewed: counted here, listed one by one by check-data.
  const review = reviewUnmarked([{ slug: props.id, file, sentences: pass.sentences }]);
  if (review.length) unreviewed.set(file, review.length);
  // Break marks print in the headline only; every other surface reads the plain texts.
  const headline = { title, kicker, subtitle };
  const plain = plainHeadline(headline);
  const data = await context.parseData({
    ...props,
    data: { ...props.data, ...plain, headline, facts: pass.facts },
  });
  // Mentions of entities and dated events, from the same parse's sentences, travel with the entry.
  const found = deriveFromReport(props.id, pass.sentences, date);
  if (found.problems.length) throw new FriendlyError(found.problems);
  return { ...data, ...found.derived };
}

/**
 * Warnings across the loaded reports: drafts left out, the sources' own disagreements and revisions,
 * numbers neither marked nor reviewed, and proposed figures waiting for an editor. The build goes on.
 */
function warnAcrossReports(context: LoaderContext, unreviewed: ReadonlyMap<string, number>): void {
  // A production build leaves drafts out: their figures neither conflict nor count.
  const entries = [...context.store.values()].filter((entry) => isShown(entry.data));
  for (const entry of context.store.values()) {
    if (!isShown(entry.data)) context.logger.warn(draftLine(entry.filePath ?? entry.id));
  }
  const reports: ReportFacts[] = entries.map((entry) => {
    const data = entry.data as unknown as EntryData;
    return {
      slug: entry.id,
      file: entry.filePath ?? entry.id,
      title: data.title,
      date: new Date(data.date),
      facts: data.facts,
      problems: [],
    };
  });
  for (const finding of checkReports(reports).findings) context.logger.warn(findingLine(finding));
  if (unreviewed.size) context.logger.warn(unreviewedLine(unreviewed));
  // Proposed figures are left out of the dataset and the charts: listed here for the editor.
  for (const report of reports) {
    for (const fact of report.facts.filter((candidate) => candidate.proposed)) {
      context.logger.warn(proposalLine({ file: report.file, ...fact }));
    }
  }
}

/** A glob loader for the reports, with every check that names a file and line. */
export function reportsLoader({ base = './content/reports', chartIds }: ReportsLoaderOptions): Loader {
  const inner = glob({ pattern: '*.mdx', base, generateId: slugIds(base.replace(/^\.\//, '')) });
  return {
    name: 'reports-loader',
    load: async (context: LoaderContext) => {
      const unreviewed = new Map<string, number>();
      const early = preflightProblems(base);
      if (early.length) throw new FriendlyError(early);
      // Entries cached with an older entity registry or timeline file would keep stale mentions.
      if (context.meta.get('derived-version') !== DERIVED_VERSION) {
        context.store.clear();
        context.meta.set('derived-version', DERIVED_VERSION);
      }
      await inner.load({
        ...context,
        parseData: (props) => parseReport(context, props, chartIds, unreviewed),
      });
      warnAcrossReports(context, unreviewed);
    },
  };
}
