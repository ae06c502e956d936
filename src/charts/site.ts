/** What chart files need from the site: its name, absolute addresses under the base path, report dates. */
import { DEFAULT_SITE_URL, SITE_TITLE, href } from '../consts.ts';
import type { ChartSite } from '../lib/charts/files.ts';
import { namedCache } from '../lib/memo.ts';
import { getReports, type Report } from '../lib/reports.ts';

/** One context per reports array and address: every chart on every page asks for it. */
const contexts = namedCache<Report[], ChartSite>();

/** The chart context of the site published at `site` (Astro's `site`, or the default address). */
export async function chartSite(site: URL | undefined): Promise<ChartSite> {
  const origin = site ?? new URL(DEFAULT_SITE_URL);
  const reports = await getReports();
  return contexts(reports, origin.href, () => ({
    title: SITE_TITLE,
    url: (path) => new URL(href(path), origin).href,
    dates: new Map(reports.map((report) => [report.id, report.data.date])),
  }));
}
