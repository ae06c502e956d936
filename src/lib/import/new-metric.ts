/**
 * Adding a metric or a segment to the registry (content/data/metrics.json) without editing JSON: the
 * answers are checked with the registry's own zod schema, plus the checks a hand edit would miss (a name
 * or alias that already names another metric would make the importer's proposals ambiguous). Pure: the
 * CLI asks the questions and writes the file.
 */
import { fieldMessage } from '../../schema/messages.ts';
import { METRIC_KINDS, registrySchema, type Registry } from '../../schema/metric.ts';
import { EditorError } from './messages.ts';

/** What each kind means, for the prompt and the errors. */
export const KIND_HELP: Record<(typeof METRIC_KINDS)[number], string> = {
  flow: '期间发生数，如全年产值 (a flow over a period)',
  cumulative: '截至某时的累计数，如累计企业数 (a count as of a date)',
  target: '目标值 (a target)',
  growth: '增速，单位 % (a growth rate)',
  share: '占比，单位 % (a share)',
};

/** The answers for a new metric, as typed. */
export interface MetricAnswers {
  id: string;
  name: string;
  unit: string;
  kind: string;
  definition: string;
  /** Other names, separated by commas or 、. */
  aliases?: string;
  /** Other ways of writing the unit, separated by commas. */
  alsoWritten?: string;
  /** Segment ids the metric is split by, separated by commas. */
  segments?: string;
}

/** A comma, 、 or ；-separated list, trimmed, empty items dropped. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,，、;；]/u)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The registry parsed again, or an EditorError listing its problems in Chinese and English. */
function validated(data: unknown): Registry {
  const result = registrySchema.safeParse(data);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const field = issue.path.filter((part) => typeof part === 'string').join('.');
    return issue.message.includes('(') ? issue.message : fieldMessage(field, issue.message, issue.message);
  });
  const zh = [...new Set(messages)].join('；');
  throw new EditorError(
    'invalid',
    `新指标未通过校验：${zh}`,
    `the new entry fails the registry's schema: ${zh}`,
  );
}

/** The registry file as JSON holds it: written back as it was read, with the new entry added. */
export interface RawRegistry {
  qualifiers: unknown[];
  segments: unknown[];
  metrics: unknown[];
  [key: string]: unknown;
}

/** Every name and alias the registry already uses, with the metric that uses it. */
function namesInUse(registry: Registry): Map<string, string> {
  const names = new Map<string, string>();
  for (const metric of registry.metrics) {
    for (const name of [metric.name, ...metric.aliases]) names.set(name, metric.id);
  }
  return names;
}

/** The error for a field, in both languages. */
function fieldError(field: string, zh: string, en: string): EditorError {
  return new EditorError('invalid', `${field} ${zh}`, en);
}

/** The registry with a new metric added at the end, checked; throws an EditorError naming the field. */
export function addMetric(raw: RawRegistry, answers: MetricAnswers): RawRegistry {
  const lists = {
    aliases: splitList(answers.aliases),
    alsoWritten: splitList(answers.alsoWritten),
    segments: splitList(answers.segments),
  };
  const metric = {
    id: answers.id.trim(),
    name: answers.name.trim(),
    ...(lists.aliases.length ? { aliases: lists.aliases } : {}),
    unit: answers.unit.trim(),
    ...(lists.alsoWritten.length ? { alsoWritten: lists.alsoWritten } : {}),
    kind: answers.kind.trim(),
    definition: answers.definition.trim(),
    ...(lists.segments.length ? { segments: lists.segments } : {}),
  };
  for (const field of ['id', 'name', 'unit', 'definition'] as const) {
    if (!metric[field]) throw fieldError(field, '不能为空', `${field} must not be empty`);
  }
  if (!(METRIC_KINDS as readonly string[]).includes(metric.kind)) {
    const kinds = METRIC_KINDS.join(', ');
    throw fieldError(
      'kind',
      `“${metric.kind}”应为 ${kinds} 之一`,
      `kind "${metric.kind}" must be one of ${kinds}`,
    );
  }
  const used = namesInUse(validated(raw));
  for (const name of [metric.name, ...lists.aliases]) {
    const owner = used.get(name);
    if (owner)
      throw fieldError(
        'aliases',
        `“${name}”已是指标 ${owner} 的名称或别名`,
        `"${name}" already names metric ${owner}`,
      );
  }
  if ((metric.kind === 'growth' || metric.kind === 'share') && metric.unit !== '%') {
    throw fieldError('unit', `${metric.kind} 类指标的单位应为 %`, `a ${metric.kind} metric is stated in %`);
  }
  const next = { ...raw, metrics: [...raw.metrics, metric] };
  validated(next);
  return next;
}

/** The registry with a new segment added, checked. */
export function addSegment(raw: RawRegistry, id: string, name: string): RawRegistry {
  const next = { ...raw, segments: [...raw.segments, { id: id.trim(), name: name.trim() }] };
  const ids = validated(raw).segments.map((segment) => segment.id);
  if (ids.includes(id.trim())) throw fieldError('id', `分组“${id}”已存在`, `segment "${id}" exists already`);
  validated(next);
  return next;
}

/** The registry as the file writes it: two-space JSON, one item a line, ending in a newline. */
export function registryJson(raw: RawRegistry): string {
  return `${JSON.stringify(raw, null, 2)}\n`;
}
