/**
 * The reports' loader: Astro's glob() loader over content/reports/*.mdx, reading each report once. Its
 * frontmatter is checked (messages name the file and the field), its MDX syntax tree is read for facts
 * and chart tags (messages name the file and line), and the resolved facts are attached to the entry,
 * so that pages, charts and data files read them from the collection and never parse MDX again. Then
 * checkReports() lists, as warnings, where the reports' figures disagree or were revised.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { reportSlug } from '../lib/content/slug.ts';
import { FriendlyError, errorLine, fieldMessage } from '../lib/errors/format.ts';
import { reportProblems } from '../lib/errors/frontmatter.ts';
import { checkReports, findingLine, type ReportFacts } from '../lib/facts/check.ts';
import { readReport } from '../lib/facts/report-facts.ts';
import type { Fact } from '../lib/facts/resolve.ts';
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
  date: Date | string;
  facts: Fact[];
}

/** A glob loader for the reports, with every check that names a file and line. */
export function reportsLoader({ base = './content/reports', chartIds }: ReportsLoaderOptions): Loader {
  const files = new Map<string, string>();
  const folder = base.replace(/^\.\//, '');
  const inner = glob({
    pattern: '*.mdx',
    base,
    generateId: ({ entry }) => {
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
    },
  });
  return {
    name: 'reports-loader',
    load: async (context: LoaderContext) => {
      await inner.load({
        ...context,
        parseData: async (props) => {
          const file = relative(process.cwd(), resolve(props.filePath ?? ''));
          const text = readFileSync(file, 'utf8');
          const frontmatter = reportProblems(file, text, props.data);
          if (frontmatter.length) throw new FriendlyError(frontmatter);
          const { date } = reportSchema.parse(props.data);
          const pass = readReport(text, { file, date }, { chartIds });
          if (pass.problems.length) throw new FriendlyError(pass.problems);
          return context.parseData({ ...props, data: { ...props.data, facts: pass.facts } });
        },
      });
      // Across reports: the sources' own disagreements and revisions. The build goes on and says where.
      const reports: ReportFacts[] = [...context.store.values()].map((entry) => {
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
      // Proposed figures wait for an editor: listed here, left out of the dataset and the charts.
      for (const report of reports) {
        for (const fact of report.facts.filter((candidate) => candidate.proposed)) {
          context.logger.info(
            `${report.file}:${fact.line}: 待确认 proposed: ${fact.metric} ${fact.period} ${fact.text}`,
          );
        }
      }
    },
  };
}
