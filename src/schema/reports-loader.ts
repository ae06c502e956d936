/**
 * The reports' loader: Astro's glob() loader over content/reports/*.mdx, with checks that fail the build
 * with messages naming the file and the field (see report-errors.ts), and a check that no two reports
 * share a URL slug.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { fieldMessage } from './messages.ts';
import { reportProblems } from './report-errors.ts';

/** The error thrown for an invalid report; its message lists every problem, one per line. */
export class ReportError extends Error {
  override name = 'ReportError';
}

/** The slug of a report file: its name without the extension, lower-cased, as in its URL. */
export function slugOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.mdx?$/i, '').toLowerCase();
}

/** A glob loader for reports under `base` (relative to the project root). */
export function reportsLoader(base = './content/reports'): Loader {
  const files = new Map<string, string>();
  const inner = glob({
    pattern: '*.mdx',
    base,
    generateId: ({ entry }) => {
      const slug = slugOf(entry);
      const other = files.get(slug);
      if (other && other !== entry) {
        throw new ReportError(
          `${base.replace(/^\.\//, '')}/${entry}: ${fieldMessage('slug', `与 ${other} 的网址重复（${slug}），请改文件名`, `same URL slug as ${other} (${slug}); rename one file`)}`,
        );
      }
      files.set(slug, entry);
      return slug;
    },
  });
  return {
    name: 'reports-loader',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const absolute = resolve(props.filePath ?? '');
          const file = relative(process.cwd(), absolute);
          const problems = reportProblems(file, readFileSync(absolute, 'utf8'), props.data);
          if (problems.length) throw new ReportError(problems.join('\n'));
          return context.parseData(props);
        },
      }),
  };
}
