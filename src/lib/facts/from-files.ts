/**
 * The observations of the report files in a folder, read straight from disk: for the check-data CLI and
 * for tests, which run without Astro. The site reads the same files through the content collection.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { frontmatterBlock } from '../../schema/report-errors.ts';
import { sortObservations, toObservations, type Observation } from './observations.ts';
import { factsOfFile } from './report-facts.ts';

/** A report file's facts, problems and observations. */
export interface ReportFile {
  file: string;
  slug: string;
  observations: Observation[];
  problems: string[];
}

/** Every `.mdx` report in `dir`, in file-name order. */
export function readReportFiles(dir = 'content/reports'): ReportFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      const slug = name.replace(/\.mdx$/, '').toLowerCase();
      const title = String(
        (parseYaml(frontmatterBlock(text) ?? '') as { title?: unknown } | null)?.title ?? slug,
      );
      const { facts, problems } = factsOfFile(file, text);
      return { file, slug, observations: toObservations({ slug, title }, facts), problems };
    });
}

/** Every observation of the reports in `dir`, in dataset order. */
export function observationsFromFiles(dir = 'content/reports'): Observation[] {
  return sortObservations(readReportFiles(dir).flatMap((report) => report.observations));
}
