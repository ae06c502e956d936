/**
 * The reports' loader: Astro's glob() loader over content/reports/*.mdx, with checks that fail the build
 * with messages naming the file and the field (see report-errors.ts), and a check that no two reports
 * share a URL slug. The facts marked in each report are checked against the metric registry here too, so
 * that an error names the file and line, and the reports' disagreements are logged as warnings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { glob } from 'astro/loaders';
import { CHARTS } from '../charts/index.ts';
import { chartProblems } from '../lib/facts/chart-tags.ts';
import { findInconsistencies, warningLine, type Checked } from '../lib/facts/consistency.ts';
import { DERIVED_VERSION, deriveFromReport } from '../lib/entities/derived.ts';
import { cumulativeMetrics, factsOfFile } from '../lib/facts/report-facts.ts';
import {
  draftLine,
  encodingProblem,
  placeholderProblems,
  proposalLine,
} from '../lib/import/report-checks.ts';
import { fieldMessage } from './messages.ts';
import { frontmatterBlock, reportProblems } from './report-errors.ts';

/** The error thrown for an invalid report; its message lists every problem, one per line. */
export class ReportError extends Error {
  override name = 'ReportError';
}

/** The slug of a report file: its name without the extension, lower-cased, as in its URL. */
export function slugOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.mdx?$/i, '').toLowerCase();
}

/** The report files under `base`, as paths relative to the project root. */
function reportFiles(base: string): string[] {
  return readdirSync(base)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(base, name).replace(/^\.\//, ''));
}

/**
 * Problems found before Astro reads any report, for every file (cached ones too): a file saved as GBK
 * or UTF-16 gets one line saying so, before its mojibake meets the schema; in a production build, a
 * report that is not a draft must hold no placeholder text.
 */
function preflightProblems(base: string): string[] {
  return reportFiles(base).flatMap((file) => {
    const bytes = readFileSync(file);
    const encoding = encodingProblem(file, bytes);
    if (encoding) return [encoding];
    if (import.meta.env.MODE !== 'production') return [];
    const text = bytes.toString('utf8');
    let data: unknown;
    try {
      data = parseYaml(frontmatterBlock(text) ?? '');
    } catch {
      return []; // the glob loader reports YAML errors with their line
    }
    return (data as { draft?: unknown } | null)?.draft === true ? [] : placeholderProblems(file, text, data);
  });
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
    load: async (context: LoaderContext) => {
      const early = preflightProblems(base);
      if (early.length) throw new ReportError(early.join('\n'));
      // Entries cached with an older entity registry or timeline file would keep stale mentions.
      if (context.meta.get('derived-version') !== DERIVED_VERSION) {
        context.store.clear();
        context.meta.set('derived-version', DERIVED_VERSION);
      }
      await inner.load({
        ...context,
        parseData: async (props) => {
          const absolute = resolve(props.filePath ?? '');
          const file = relative(process.cwd(), absolute);
          const text = readFileSync(absolute, 'utf8');
          const facts = factsOfFile(file, text);
          const problems = [
            ...reportProblems(file, text, props.data),
            ...facts.problems,
            ...chartProblems(
              file,
              text,
              CHARTS.map((chart) => chart.id),
            ),
          ];
          if (problems.length) throw new ReportError(problems.join('\n'));
          const data = await context.parseData(props);
          // Mentions of entities and dated events travel with the entry (src/lib/entities/derived.ts).
          const found = deriveFromReport(props.id, text, (data as unknown as { date: Date }).date);
          if (found.problems.length) throw new ReportError(found.problems.join('\n'));
          return { ...data, ...found.derived };
        },
      });
      // Disagreements between reports are the sources' own; the build goes on and says where they are.
      // Read every report, not only the ones parsed: unchanged ones come from Astro's cache.
      const checked = reportFiles(base).flatMap((file): Checked[] => {
        const text = readFileSync(file, 'utf8');
        const facts = factsOfFile(file, text).facts;
        // Drafts and open proposals are the editor's to-do list: the build names each one.
        if (import.meta.env.MODE === 'production' && /^draft:[ \t]*true[ \t]*$/m.test(text))
          context.logger.warn(draftLine(file));
        for (const fact of facts.filter((found) => found.proposed))
          context.logger.warn(proposalLine({ file, ...fact }));
        return facts
          .filter((fact) => !fact.proposed)
          .map((fact) => ({ ...fact, source: `${file}:${fact.line}` }));
      });
      for (const found of findInconsistencies(checked, cumulativeMetrics())) {
        context.logger.warn(warningLine(found));
      }
    },
  };
}
