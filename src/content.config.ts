/** Content collections: the reports, one MDX file each in content/reports/. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './schema/report.ts';

const reports = defineCollection({
  // The file name (without .mdx) is the report's URL slug: /reports/<slug>/.
  loader: glob({ pattern: '*.mdx', base: './content/reports' }),
  schema: reportSchema,
});

export const collections = { reports };
