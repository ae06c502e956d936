/**
 * What the words of a fact's sentence allow: a projection (预计, 有望) must be marked `estimate`; a
 * target metric needs a target or projection word, and a target word (力争, 目标) cannot govern a plain
 * metric; a running total (累计) with no date is not a flow; and the registry's scope words (产业 vs
 * 制造业, 推荐 vs 获, 国家级 vs 市级) decide the metric and segment.
 */
import { fieldMessage } from '../errors/format.ts';
import type { Metric, Segment } from '../../schema/metric.ts';
import type { FactTag } from './extract.ts';

/** Words that make a figure a projection or estimate rather than a stated value. */
export const PROJECTION_WORDS = ['预计', '有望', '预测', '估计', '可望'];
/** Words that make a figure a goal. */
export const TARGET_WORDS = ['力争', '目标', '争取', '计划', '确保', '将达', '打造', '十四五”末', '十四五末'];
/** Target words that, in a figure's own clause, make it a goal and not a result. */
const GOAL_IN_CLAUSE = ['力争', '目标'];
const CLAUSE_BREAK = /[，；：,;:]/;

/** The clause holding the fact: its sentence between the nearest commas, semicolons or colons. */
export function clauseOf(tag: Pick<FactTag, 'before' | 'after' | 'text'>): string {
  const start = Math.max(...[...'，；：,;:'].map((mark) => tag.before.lastIndexOf(mark))) + 1;
  const end = tag.after.search(CLAUSE_BREAK);
  return tag.before.slice(start) + tag.text + (end === -1 ? tag.after : tag.after.slice(0, end));
}

const found = (text: string, words: readonly string[]) => words.find((word) => text.includes(word));

/** Problems with the fact's kind and its estimate flag, given the words of its sentence. */
export function kindProblems(tag: FactTag, metric: Metric, estimate: boolean, dated: boolean): string[] {
  const problems: string[] = [];
  const projection = found(tag.before, PROJECTION_WORDS);
  const clause = clauseOf(tag);
  if (projection && !estimate) {
    problems.push(
      fieldMessage(
        'estimate',
        `缺失：句中“${projection}”表明这是预计数，不是实际数，请加 estimate 属性。句子：“${tag.sentence}”`,
        `missing: "${projection}" makes this a projection, not a stated value; add the estimate prop. Sentence: "${tag.sentence}"`,
      ),
    );
  }
  if (estimate && !found(tag.sentence, PROJECTION_WORDS)) {
    problems.push(
      fieldMessage(
        'estimate',
        `句中没有“预计”“有望”等字样，不能标为预计数。句子：“${tag.sentence}”`,
        `the sentence has no word such as 预计 or 有望, so the figure is not an estimate. Sentence: "${tag.sentence}"`,
      ),
    );
  }
  // A goal word before the figure or in its own clause (围绕50家骨干企业…完成倍增目标) makes it a goal.
  if (metric.kind === 'target' && !found(tag.before + clause, [...TARGET_WORDS, ...PROJECTION_WORDS])) {
    problems.push(
      fieldMessage(
        'metric',
        `“${metric.id}”是目标类指标，但句中此数之前和所在分句中都没有“力争”“目标”“预计”等字样。句子：“${tag.sentence}”`,
        `"${metric.id}" is a target, but no word such as 力争, 目标 or 预计 comes before the figure or in its clause. Sentence: "${tag.sentence}"`,
      ),
    );
  }
  const goal = found(clause, GOAL_IN_CLAUSE);
  if (metric.kind !== 'target' && goal) {
    problems.push(
      fieldMessage(
        'metric',
        `句中“${goal}”表明这是目标，请用目标类（target）指标，而非“${metric.id}”。句子：“${tag.sentence}”`,
        `"${goal}" makes this a target; use a target metric, not "${metric.id}". Sentence: "${tag.sentence}"`,
      ),
    );
  }
  if (metric.kind === 'flow' && !dated && clause.includes('累计')) {
    problems.push(
      fieldMessage(
        'metric',
        `句中“累计”且没有时期，这是截至某时的累计数，请用累计类（cumulative）指标，而非期间数“${metric.id}”。句子：“${tag.sentence}”`,
        `"累计" with no period makes this a running total; use a cumulative metric, not the flow "${metric.id}". Sentence: "${tag.sentence}"`,
      ),
    );
  }
  return problems;
}

/** Problems with the scope words of a metric or segment, given the fact's sentence. */
export function scopeProblems(tag: FactTag, metric: Metric, segment: Segment | undefined): string[] {
  const problems: string[] = [];
  const clause = clauseOf(tag);
  const reach = tag.before + clause;
  for (const [kind, id, name, scope] of [
    ['metric', metric.id, metric.name, metric],
    ['segment', segment?.id ?? '', segment?.name ?? '', segment],
  ] as const) {
    if (!scope) continue;
    if (scope.requires.length && !found(reach, scope.requires)) {
      problems.push(
        fieldMessage(
          kind,
          `“${id}”（${name}）要求句中写有“${scope.requires.join('”或“')}”，但这句没有。句子：“${tag.sentence}”`,
          `"${id}" (${name}) needs "${scope.requires.join('" or "')}" in the sentence, which has none. Sentence: "${tag.sentence}"`,
        ),
      );
    }
    const excluded = found(clause, scope.excludes);
    if (excluded) {
      problems.push(
        fieldMessage(
          kind,
          `句中“${excluded}”与“${id}”（${name}）不符，请换用相应的指标或分组。句子：“${tag.sentence}”`,
          `"${excluded}" in the sentence contradicts "${id}" (${name}); use the matching metric or segment. Sentence: "${tag.sentence}"`,
        ),
      );
    }
  }
  return problems;
}
