/** Reading the report collection in the orders the site shows it. */
import { href } from '../consts.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isShown } from './content/drafts.ts';
import { reportPath } from './content/slug.ts';
import type { HeadlineTexts } from './text/breaks.ts';

/** One report entry. */
export type Report = CollectionEntry<'reports'>;

/** Newest first: by publication date, then by period, then by slug so the order is stable. */
export function compareNewestFirst(a: Report, b: Report): number {
  return (
    b.data.date.getTime() - a.data.date.getTime() || b.data.period - a.data.period || a.id.localeCompare(b.id)
  );
}

let sorted: Promise<Report[]> | undefined;

/** The reports in the collection, newest first; drafts only in `astro dev` (src/lib/content/drafts.ts). */
async function readReports(): Promise<Report[]> {
  const reports = await getCollection('reports', (report) => isShown(report.data));
  return reports.sort(compareNewestFirst);
}

/** Every report, newest first. A build reads and sorts them once for all its pages; `astro dev` on each call. */
export function getReports(): Promise<Report[]> {
  if (import.meta.env.DEV) return readReports();
  sorted ??= readReports();
  return sorted;
}

/** The URL of a report's page (before the base path; the slug rule is src/lib/content/slug.ts). */
export function reportUrl(report: Pick<Report, 'id'>): string {
  return href(reportPath(report.id));
}

/**
 * A report's title, kicker and subtitle as the editor marked them for printing (`|` where a line may
 * break), for <Headline> only; everything else reads the plain `report.data.title`.
 */
export function markedHeadline(report: Report): HeadlineTexts {
  const { title, kicker, subtitle } = report.data;
  return report.data.headline ?? { title, kicker, subtitle };
}
