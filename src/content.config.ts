/** Content collections: the reports, one MDX file each in content/reports/. */
import { defineCollection } from 'astro:content';
import { CHARTS } from './charts/index.ts';
import { reportsLoader } from './loaders/reports.ts';
import { reportEntrySchema } from './schema/report.ts';

const reports = defineCollection({
  // The file name (without .mdx, lower-cased) is the report's URL slug: /reports/<slug>/.
  loader: reportsLoader({ base: './content/reports', chartIds: CHARTS.map((chart) => chart.id) }),
  schema: reportEntrySchema,
});

export const collections = { reports };
