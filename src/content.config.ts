/** Content collections: the reports, one MDX file each in content/reports/. */
import { defineCollection } from 'astro:content';
import { reportSchema } from './schema/report.ts';
import { reportsLoader } from './schema/reports-loader.ts';

const reports = defineCollection({
  // The file name (without .mdx) is the report's URL slug: /reports/<slug>/.
  loader: reportsLoader('./content/reports'),
  schema: reportSchema,
});

export const collections = { reports };
