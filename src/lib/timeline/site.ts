/** The site's timeline: every report's events, in date order, with their reports. */
import { derivedOf } from '../entities/derived.ts';
import { getReports } from '../reports.ts';
import type { ReportEvent } from './index.ts';
import { sortEvents } from './order.ts';

/** An event on the site's timeline. */
export interface SiteEvent extends ReportEvent {
  /** The report stating it. */
  report: { id: string; title: string; date: Date };
  /** The year it happened. */
  year: number;
}

/** Every event of every report, in timeline order. */
export async function getTimeline(): Promise<SiteEvent[]> {
  const reports = await getReports();
  return sortEvents(
    reports.flatMap((report) =>
      derivedOf(report).events.map((event) => ({
        ...event,
        report: { id: report.id, title: report.data.title, date: report.data.date },
        year: Number(event.date.slice(0, 4)),
      })),
    ),
  );
}
