/** What chart files need from the site: its name, absolute addresses under the base path, report dates. */
import { DEFAULT_SITE_URL, SITE_TITLE, href } from '../consts.ts';
import type { ChartSite } from '../lib/charts/files.ts';
import { getReports } from '../lib/reports.ts';

/** The chart context of the site published at `site` (Astro's `site`, or the default address). */
export async function chartSite(site: URL | undefined): Promise<ChartSite> {
  const origin = site ?? new URL(DEFAULT_SITE_URL);
  const reports = await getReports();
  return {
    title: SITE_TITLE,
    url: (path) => new URL(href(path), origin).href,
    dates: new Map(reports.map((report) => [report.id, report.data.date])),
  };
}
