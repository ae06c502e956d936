/**
 * The reports of a folder read straight from disk, for the check-data CLI, which runs without Astro:
 * the same one pass per report (readReport) that the content loader makes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isDraft } from '../content/drafts.ts';
import { reportSlug } from '../content/slug.ts';
import { stripBreakMarks } from '../text/breaks.ts';
import type { ReportFacts } from './check.ts';
import { sortObservations, toObservations, type Observation } from './observations.ts';
import { readReport, type ReportPass } from './report-facts.ts';

/** The frontmatter block of an MDX file, or '' when it has none. */
function frontmatterOf(text: string): Record<string, unknown> {
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1] ?? '';
  const data = parseYaml(block, { schema: 'yaml-1.1' }) as unknown;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** Every `.mdx` report in `dir` (drafts too), in file-name order. */
export function readReportFiles(
  dir = 'content/reports',
  chartIds?: readonly string[],
): (ReportFacts & Pick<ReportPass, 'warnings' | 'sentences'> & { draft: boolean })[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      const data = frontmatterOf(text);
      const slug = reportSlug(name);
      const date =
        data.date instanceof Date ? data.date : new Date(`${String(data.date ?? '1970-01-01')}T00:00:00Z`);
      const pass = readReport(text, { file, date }, chartIds ? { chartIds } : {});
      return {
        slug,
        file,
        title: stripBreakMarks(String(data.title ?? slug)),
        date,
        draft: isDraft(data),
        ...pass,
      };
    });
}

/** Every observation of the reports in `dir`, in dataset order (proposed facts left out). */
export function observationsFromFiles(dir = 'content/reports'): Observation[] {
  return sortObservations(
    readReportFiles(dir).flatMap((report) =>
      toObservations({ slug: report.slug, title: report.title }, report.facts),
    ),
  );
}
