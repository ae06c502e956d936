/** The reports a chart's figures come from, newest first, and the one line that names them. */
import type { Observation } from '../facts/observations.ts';

/** A report as a chart's source line names it. */
export interface SourceReport {
  slug: string;
  title: string;
  /** Publication date. */
  date: Date;
}

/** A date as Chinese readers write it: 2023年6月25日. */
export function chineseDate(date: Date): string {
  return new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The distinct reports of some figures, newest first (by date, then slug). */
export function sourceReports(observations: Observation[], dates: ReadonlyMap<string, Date>): SourceReport[] {
  const reports = new Map<string, SourceReport>();
  for (const observation of observations)
    if (!reports.has(observation.slug))
      reports.set(observation.slug, {
        slug: observation.slug,
        title: observation.reportTitle,
        date: dates.get(observation.slug) ?? new Date(0),
      });
  return [...reports.values()].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug),
  );
}

/** The source line in words: 《题》（2023年6月25日）, or the newest and a count when there are several. */
export function sourceLine(reports: SourceReport[]): string {
  const [newest] = reports;
  if (!newest) return '';
  const first = `《${newest.title}》（${chineseDate(newest.date)}）`;
  return reports.length === 1 ? first : `${first}等${reports.length}篇报道`;
}
