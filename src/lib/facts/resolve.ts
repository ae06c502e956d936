/**
 * Turning a `<Fact>` tag into a fact: props checked by their zod schema, then against the registry and
 * against the sentence (number, unit, qualifier, period words, kind words, scope words). Every problem is
 * a bilingual message naming the prop; reportFacts() puts the file and line in front.
 */
import { errorLine, fieldMessage, issueMessages } from '../errors/format.ts';
import type { Metric, Registry } from '../../schema/metric.ts';
import type { FactTag } from './extract.ts';
import { factPropsSchema, type FactProps } from './fact-props.ts';
import { agrees, statedPeriod } from './period-words.ts';
import { AS_OF, asOfPeriod, periodLabel, periodSlug } from './periods.ts';
import { kindProblems, scopeProblems } from './sentence-checks.ts';

/** A fact as the site uses it; plain data, so it travels with the content entry. */
export interface Fact {
  /** Metric id from the registry. */
  metric: string;
  /** Segment id (industry or level), or '' when the metric is not split. */
  segment: string;
  /** Period (2022, 2023-Q2, 2023-06, 2023-01/2023-09, or 2023-06-25 for "as of" the report's date). */
  period: string;
  /** The number. */
  value: number;
  /** The registry's unit (the text may write an equivalent such as 亿 for 亿元). */
  unit: string;
  /** Qualifier id (more-than, about, nearly), or '' for an exact figure. */
  qualifier: string;
  /** A projection or estimate (预计, 有望), not a stated value. */
  estimate: boolean;
  /** Proposed by the importer, not yet confirmed: never in the dataset. */
  proposed: boolean;
  /** The id of the fact's span on its report page. */
  anchor: string;
  /** metric|segment|period|id as written, which `<Fact>` matches to find its anchor. */
  key: string;
  /** The fact's own text, as marked. */
  text: string;
  /** The whole sentence holding it, as the page shows it. */
  quote: string;
  /** 1-based line and column of the tag in its file. */
  line: number;
  column: number;
}

/** What a fact's checks need to know about its report. */
export interface ReportContext {
  /** Path of the file, for messages. */
  file: string;
  /** The report's date: 去年 / 今年 are read against its year, and `as-of` becomes it. */
  date: Date;
}

/** A fact, or the problems that keep a tag from being one. */
export type Resolved = { fact: Fact; problems: [] } | { fact?: undefined; problems: string[] };

const NUMBER = /\d+(?:\.\d+)?/;

/** The default anchor of a fact: metric, segment and period (`investment-agreed-consumer-goods-2020`). */
export function factAnchor(metric: string, period: string, segment = ''): string {
  return [metric, segment, periodSlug(period)].filter(Boolean).join('-');
}

/** The key `<Fact>` and the loader share: the props that tell a report's facts apart, as written. */
export function factKey(props: { metric: string; period: string; segment?: string; id?: string }): string {
  return [props.metric, props.segment ?? '', props.period, props.id ?? ''].join('|');
}

/** True when one of the numbers written in `text` equals `value`. */
export function mentionsValue(text: string, value: number): boolean {
  return [...text.replace(/(\d),(?=\d{3})/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].some(
    (match) => Number(match[0]) === value,
  );
}

/** Strip a qualifier word from the start (`余种` → `种`) or end (`亿元以上` → `亿元`) of a unit. */
function splitUnit(rest: string, words: string[]): { unit: string; word: string } {
  let unit = rest.trim();
  let word = '';
  for (const candidate of words) {
    if (unit.startsWith(candidate)) [unit, word] = [unit.slice(candidate.length), candidate];
    if (unit.endsWith(candidate)) [unit, word] = [unit.slice(0, -candidate.length), candidate];
  }
  return { unit: unit.trim(), word };
}

/** The qualifier of a figure from the words around its number, or '' when it is exact. */
export function detectQualifier(before: string, after: string, registry: Registry): string {
  for (const qualifier of registry.qualifiers) {
    if (qualifier.before.some((word) => before.endsWith(word))) return qualifier.id;
    if (qualifier.after.some((word) => after.startsWith(word))) return qualifier.id;
  }
  return '';
}

/** Problems of the props against the registry: metric, segment, qualifier. */
function registryProblems(props: FactProps, metric: Metric | undefined, registry: Registry): string[] {
  const problems: string[] = [];
  if (!metric) {
    problems.push(
      fieldMessage(
        'metric',
        `“${props.metric}”不在指标登记表中`,
        `metric "${props.metric}" is not in the metric registry`,
      ),
    );
  } else if (props.segment && !metric.segments.includes(props.segment)) {
    problems.push(
      fieldMessage(
        'segment',
        `“${props.segment}”不是指标“${metric.id}”的分组`,
        `segment "${props.segment}" is not a segment of metric "${metric.id}"`,
      ),
    );
  }
  const given = props.qualifier;
  if (given && given !== 'exact' && !registry.qualifiers.some((q) => q.id === given || q.name === given)) {
    const ids = registry.qualifiers.map((q) => q.id).join(', ');
    problems.push(
      fieldMessage(
        'qualifier',
        `“${given}”应为 ${ids} 或 exact 之一`,
        `qualifier "${given}" must be one of ${ids}, exact`,
      ),
    );
  }
  return problems;
}

/** The problem of a period its sentence contradicts, or undefined. */
function periodProblem(
  tag: FactTag,
  written: string,
  period: string,
  context: ReportContext,
): string | undefined {
  const stated = statedPeriod(tag, context.date.getUTCFullYear());
  const asOf = asOfPeriod(context.date);
  if (!stated) return undefined;
  if (agrees(period, stated, asOf)) return undefined;
  const where = stated.where === 'sentence' ? '句中' : '本段前文';
  const whereEn = stated.where === 'sentence' ? 'its sentence' : 'its paragraph';
  if (stated.period === AS_OF) {
    return fieldMessage(
      'period',
      `“${written}”与${where}的时间不符：句子只说“${stated.words}”，没有年份，请写 period="as-of"（截至报道日期 ${asOf}）。句子：“${tag.sentence}”`,
      `period "${written}" disagrees with ${whereEn}, which says only "${stated.words}" with no year; write period="as-of" (as of the report's date, ${asOf}). Sentence: "${tag.sentence}"`,
    );
  }
  return fieldMessage(
    'period',
    `“${written}”与${where}的时间不符：句子说“${stated.words}”，即 ${periodLabel(stated.period)}，请写 period="${stated.period}"。句子：“${tag.sentence}”`,
    `period "${written}" disagrees with ${whereEn}, which says "${stated.words}" (${stated.period}); write period="${stated.period}". Sentence: "${tag.sentence}"`,
  );
}

/** Value, unit and qualifier, read from the marked text where the editor did not give them. */
function readNumber(tag: FactTag, props: FactProps, metric: Metric | undefined, registry: Registry) {
  const problems: string[] = [];
  const number = NUMBER.exec(tag.text);
  const value = props.value ?? Number(number?.[0] ?? Number.NaN);
  if (!Number.isFinite(value)) {
    problems.push(
      fieldMessage(
        'value',
        `缺失：标记的文字“${tag.text}”中没有数字，请写 value="…"`,
        `value is missing: the marked text "${tag.text}" holds no number; write value="…"`,
      ),
    );
  } else if (!mentionsValue(tag.sentence, value)) {
    problems.push(
      fieldMessage(
        'value',
        `${value} 不在所在句子中：“${tag.sentence}”`,
        `value ${value} is not in its sentence "${tag.sentence}"`,
      ),
    );
  }
  const afterWords = registry.qualifiers.flatMap((qualifier) => qualifier.after);
  const rest = number ? tag.text.slice((number.index ?? 0) + number[0].length) : '';
  const split = splitUnit(props.unit ?? rest, afterWords);
  if (metric && split.unit && ![metric.unit, ...metric.alsoWritten].includes(split.unit)) {
    problems.push(
      fieldMessage(
        'unit',
        `“${split.unit}”与指标登记表中“${metric.id}”的单位“${metric.unit}”不符`,
        `unit "${split.unit}" contradicts the registry's unit "${metric.unit}" for "${metric.id}"`,
      ),
    );
  }
  const known = registry.qualifiers.find((q) => q.id === props.qualifier || q.name === props.qualifier);
  const before = tag.before + (number ? tag.text.slice(0, number.index) : '');
  const qualifier =
    props.qualifier === 'exact'
      ? ''
      : (known?.id ?? detectQualifier(before, split.word || tag.after, registry));
  return { value, qualifier, problems };
}

/** Resolve one tag against the registry and its report. */
export function resolveFact(tag: FactTag, registry: Registry, context: ReportContext): Resolved {
  const parsed = factPropsSchema.safeParse(tag.props);
  if (!parsed.success) return { problems: issueMessages(parsed.error, tag.props) };
  const props = parsed.data;
  const metric = registry.metrics.find((candidate) => candidate.id === props.metric);
  const segment = props.segment ?? '';
  const period = props.period === AS_OF ? asOfPeriod(context.date) : props.period;
  const dated = statedPeriod(tag, context.date.getUTCFullYear())?.where === 'sentence';
  const number = readNumber(tag, props, metric, registry);
  const problems = [
    ...registryProblems(props, metric, registry),
    ...number.problems,
    periodProblem(tag, props.period, period, context),
    ...(metric ? kindProblems(tag, metric, props.estimate ?? false, dated) : []),
    ...(metric
      ? scopeProblems(
          tag,
          metric,
          registry.segments.find((s) => s.id === segment),
        )
      : []),
  ].filter((problem): problem is string => problem !== undefined);
  if (problems.length || !metric) return { problems };
  return {
    fact: {
      metric: metric.id,
      segment,
      period,
      value: number.value,
      unit: metric.unit,
      qualifier: number.qualifier,
      estimate: props.estimate ?? false,
      proposed: props.proposed ?? false,
      anchor: props.id ?? factAnchor(metric.id, period, segment),
      key: factKey(props),
      text: tag.text,
      quote: tag.sentence,
      line: tag.line,
      column: tag.column,
    },
    problems: [],
  };
}

/**
 * Every fact of a report, and its problems as `file:line:col: message` lines (a repeated anchor is one).
 * A proposal's problems are warnings: it is the importer's guess, not yet the editor's mark.
 */
export function reportFacts(
  tags: FactTag[],
  registry: Registry,
  context: ReportContext,
): { facts: Fact[]; problems: string[]; warnings: string[] } {
  const facts: Fact[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  const anchors = new Map<string, number>();
  for (const tag of tags) {
    const place = { file: context.file, line: tag.line, column: tag.column };
    const resolved = resolveFact(tag, registry, context);
    (tag.props.proposed ? warnings : problems).push(
      ...resolved.problems.map((message) => errorLine(place, message)),
    );
    if (!resolved.fact) continue;
    const first = anchors.get(resolved.fact.anchor);
    if (first !== undefined) {
      problems.push(
        errorLine(
          place,
          fieldMessage(
            'id',
            `“${resolved.fact.anchor}”已在第 ${first} 行用过：同一指标和时期在一篇报告中出现两次时，请给这一处加 id 属性`,
            `id "${resolved.fact.anchor}" is already used on line ${first}: when a metric and period appear twice in one report, give this one an id prop`,
          ),
        ),
      );
      continue;
    }
    anchors.set(resolved.fact.anchor, tag.line);
    facts.push(resolved.fact);
  }
  return { facts, problems, warnings };
}
