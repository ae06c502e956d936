/** Reading the report collection in the orders the site shows it. */
import { getCollection, type CollectionEntry } from 'astro:content';

/** One report entry. */
export type Report = CollectionEntry<'reports'>;

/** Newest first: by publication date, then by period, then by slug so the order is stable. */
export function compareNewestFirst(a: Report, b: Report): number {
  return (
    b.data.date.getTime() - a.data.date.getTime() || b.data.period - a.data.period || a.id.localeCompare(b.id)
  );
}

let sorted: Promise<Report[]> | undefined;

/** Every report, newest first. A build sorts them once for all its pages; `astro dev` on each call. */
export function getReports(): Promise<Report[]> {
  if (import.meta.env.DEV)
    return getCollection('reports').then((reports) => reports.sort(compareNewestFirst));
  sorted ??= getCollection('reports').then((reports) => reports.sort(compareNewestFirst));
  return sorted;
}

/** The URL of a report's page. */
export function reportUrl(report: Pick<Report, 'id'>): string {
  return `/reports/${report.id}/`;
}
