/** The reports as an RSS feed, newest first, for readers who follow the site in a feed reader. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { DEFAULT_SITE_URL, SITE_TITLE, href } from '../consts.ts';
import { getReports, reportUrl } from '../lib/reports.ts';

/** GET /rss.xml */
export async function GET(context: APIContext): Promise<Response> {
  const reports = await getReports();
  return rss({
    title: SITE_TITLE,
    description: '重庆市江津区工业经济的年度报道、图表与可追溯的指标数据。',
    // The channel links to the site's home page, under its base path.
    site: new URL(href('/'), context.site ?? DEFAULT_SITE_URL).href,
    customData: '<language>zh-cn</language>',
    items: reports.map((report) => ({
      title: report.data.title,
      pubDate: report.data.date,
      description: report.data.summary,
      link: reportUrl(report),
      categories: report.data.topics,
    })),
  });
}
