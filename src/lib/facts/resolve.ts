/**
 * Turning a `<Fact>` tag into a fact: its number, unit and qualifier read from the text when the editor
 * did not write them, checked against the metric registry. Every problem is a message in Chinese and
 * English naming the prop, so the loader can prefix it with the file and line.
 */
import { fieldMessage } from '../../schema/messages.ts';
import type { Registry } from '../../schema/metric.ts';
import type { FactTag } from './extract.ts';
import { isPeriod, periodSlug } from './periods.ts';

/** A fact as the site uses it. */
export interface Fact {
  /** Metric id from the registry. */
  metric: string;
  /** Segment id (industry or level), or '' when the metric is not split. */
  segment: string;
  /** Period string (2022, 2023-Q2, 2023-06, 2023-01/2023-06). */
  period: string;
  /** The number. */
  value: number;
  /** The registry's unit (the text may write an equivalent such as 亿 for 亿元). */
  unit: string;
  /** Qualifier id (more-than, about, nearly), or '' for an exact figure. */
  qualifier: string;
  /** The id of the fact's span on its report page. */
  anchor: string;
  /** The fact's own text, as marked. */
  text: string;
  /** The whole sentence holding it, as the page shows it. */
  quote: string;
  /** 1-based line of the tag in its file. */
  line: number;
  /** True for an importer's proposal (`<Fact … proposed>`) not yet confirmed: never in the dataset. */
  proposed?: boolean;
}

/** A fact, or the problems that keep a tag from being one. */
export type Resolved = { fact: Fact; problems: [] } | { fact?: undefined; problems: string[] };

const NUMBER = /\d+(?:\.\d+)?/;

/** The default anchor of a fact: metric, segment and period (`investment-agreed-consumer-goods-2020`). */
export function factAnchor(metric: string, period: string, segment = ''): string {
  return [metric, segment, periodSlug(period)].filter(Boolean).join('-');
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

/** Resolve one tag against the registry. */
export function resolveFact(tag: FactTag, registry: Registry): Resolved {
  const problems: string[] = [];
  const prop = (name: string) => tag.props[name]?.text.trim();
  const metricId = prop('metric') ?? '';
  const metric = registry.metrics.find((candidate) => candidate.id === metricId);
  if (!metricId) problems.push(fieldMessage('metric', '缺少此属性', 'metric is missing'));
  else if (!metric) {
    problems.push(
      fieldMessage(
        'metric',
        `“${metricId}”不在指标登记表中`,
        `metric "${metricId}" is not in the metric registry`,
      ),
    );
  }
  const period = prop('period') ?? '';
  if (!isPeriod(period)) {
    problems.push(
      fieldMessage(
        'period',
        `“${period}”应为年份、季度或月份，如 2022、2023-Q2、2023-06、2023-01/2023-06`,
        `period "${period}" must be a year, quarter or month such as 2022, 2023-Q2, 2023-06, 2023-01/2023-06`,
      ),
    );
  }
  const segment = prop('segment') ?? '';
  if (metric && segment && !metric.segments.includes(segment)) {
    problems.push(
      fieldMessage(
        'segment',
        `“${segment}”不是指标“${metric.id}”的分组`,
        `segment "${segment}" is not a segment of metric "${metric.id}"`,
      ),
    );
  }

  const number = NUMBER.exec(tag.text);
  const written = prop('value');
  const value = written === undefined ? Number(number?.[0] ?? Number.NaN) : Number(written);
  if (written !== undefined && (written === '' || !Number.isFinite(value))) {
    problems.push(fieldMessage('value', `“${written}”不是数字`, `value "${written}" is not a number`));
  } else if (!Number.isFinite(value)) {
    problems.push(
      fieldMessage(
        'value',
        `缺失：标记的文字“${tag.text}”中没有数字，请写 value={…}`,
        `value is missing: the marked text "${tag.text}" holds no number; write value={…}`,
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
  const split = splitUnit(prop('unit') ?? rest, afterWords);
  if (metric && split.unit && ![metric.unit, ...metric.alsoWritten].includes(split.unit)) {
    problems.push(
      fieldMessage(
        'unit',
        `“${split.unit}”与指标登记表中“${metric.id}”的单位“${metric.unit}”不符`,
        `unit "${split.unit}" contradicts the registry's unit "${metric.unit}" for "${metric.id}"`,
      ),
    );
  }

  const givenQualifier = prop('qualifier');
  const known = registry.qualifiers.find((q) => q.id === givenQualifier || q.name === givenQualifier);
  if (givenQualifier && givenQualifier !== 'exact' && !known) {
    const ids = registry.qualifiers.map((q) => q.id).join(', ');
    problems.push(
      fieldMessage(
        'qualifier',
        `“${givenQualifier}”应为 ${ids} 或 exact 之一`,
        `qualifier "${givenQualifier}" must be one of ${ids}, exact`,
      ),
    );
  }
  const before = tag.before + (number ? tag.text.slice(0, number.index) : '');
  const qualifier =
    givenQualifier === 'exact'
      ? ''
      : (known?.id ?? detectQualifier(before, split.word || tag.after, registry));

  const anchor = prop('id') ?? factAnchor(metricId, period, segment);
  if (prop('id') !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(anchor)) {
    problems.push(
      fieldMessage(
        'id',
        `“${anchor}”应为小写字母、数字和连字符`,
        `id "${anchor}" must be lower-case letters, digits and hyphens`,
      ),
    );
  }
  if (problems.length || !metric) return { problems };
  return {
    fact: {
      metric: metric.id,
      segment,
      period,
      value,
      unit: metric.unit,
      qualifier,
      anchor,
      text: tag.text,
      quote: tag.sentence,
      line: tag.line,
      ...(tag.props.proposed ? { proposed: true } : {}),
    },
    problems: [],
  };
}

/** Every fact of a report, and its problems as `file:line: message` lines (a repeated anchor is one). */
export function reportFacts(
  file: string,
  tags: FactTag[],
  registry: Registry,
): { facts: Fact[]; problems: string[] } {
  const facts: Fact[] = [];
  const problems: string[] = [];
  const anchors = new Map<string, number>();
  for (const tag of tags) {
    const resolved = resolveFact(tag, registry);
    problems.push(...resolved.problems.map((message) => `${file}:${tag.line}: ${message}`));
    if (!resolved.fact) continue;
    const first = anchors.get(resolved.fact.anchor);
    if (first !== undefined) {
      problems.push(
        `${file}:${tag.line}: ${fieldMessage(
          'id',
          `“${resolved.fact.anchor}”已在第 ${first} 行用过：同一指标和时期在一篇报告中出现两次时，请给这一处加 id 属性`,
          `id "${resolved.fact.anchor}" is already used on line ${first}: when a metric and period appear twice in one report, give this one an id prop`,
        )}`,
      );
      continue;
    }
    anchors.set(resolved.fact.anchor, tag.line);
    facts.push(resolved.fact);
  }
  return { facts, problems };
}
