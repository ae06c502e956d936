/**
 * One report's facts from its MDX text: the single pass the loader and the CLI both make. The syntax
 * tree is read once (extract.ts); each `<Fact>` is resolved against the registry and its sentence, each
 * `<Chart>` id checked against the charts the site has.
 */
import { errorLine, fieldMessage } from '../errors/format.ts';
import type { Registry } from '../../schema/metric.ts';
import { breakMarkProblems } from '../text/breaks.ts';
import { PROTECTED_NAMES } from '../text/names.ts';
import { extractTags, type ChartTag, type HeadingTag, type ReportSentence } from './extract.ts';
import { REGISTRY } from './registry.ts';
import { reportFacts, type Fact, type ReportContext } from './resolve.ts';

/** What one report's pass yields. */
export interface ReportPass {
  facts: Fact[];
  /** Every problem, `file:line:col: message` each; the build fails when there is one. */
  problems: string[];
  /** Problems of proposed facts, which the build lists and goes on. */
  warnings: string[];
  /** The report's sentences with their page anchors and marked figures (for mentions and checks). */
  sentences: ReportSentence[];
}

/** Problems of `<Chart>` tags against the chart ids the site has. */
export function chartProblems(file: string, charts: ChartTag[], known: readonly string[]): string[] {
  return charts.flatMap((chart) => {
    const place = { file, line: chart.line, column: chart.column };
    if (chart.id === undefined)
      return [errorLine(place, fieldMessage('Chart id', '缺少此属性', 'Chart id is missing'))];
    if (known.includes(chart.id)) return [];
    return [
      errorLine(
        place,
        fieldMessage(
          'Chart id',
          `“${chart.id}”不是已有的图表，可用：${known.join('、')}`,
          `Chart id "${chart.id}" is not a known chart; known: ${known.join(', ')}`,
        ),
      ),
    ];
  });
}

/** Misplaced break marks `|` in the body's headings (see src/lib/text/breaks.ts), one line each. */
export function headingProblems(file: string, headings: HeadingTag[]): string[] {
  return headings.flatMap((heading) =>
    breakMarkProblems(heading.text, PROTECTED_NAMES).map((problem) =>
      errorLine(
        { file, line: heading.line, column: heading.column },
        fieldMessage(`小标题“${heading.text}”`, problem.zh, `heading: ${problem.en}`),
      ),
    ),
  );
}

/**
 * Read a report's MDX once: its facts, problems and sentences; chart ids are checked when `chartIds` is
 * given.
 */
export function readReport(
  source: string,
  context: ReportContext,
  options: { chartIds?: readonly string[]; registry?: Registry } = {},
): ReportPass {
  const tags = extractTags(source);
  const { facts, problems, warnings } = reportFacts(tags.facts, options.registry ?? REGISTRY, context);
  const charts = options.chartIds ? chartProblems(context.file, tags.charts, options.chartIds) : [];
  const headings = headingProblems(context.file, tags.headings);
  return { facts, problems: [...problems, ...charts, ...headings], warnings, sentences: tags.sentences };
}
