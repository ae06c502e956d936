/**
 * Figures the importer proposes: a number whose sentence names a metric of the registry (by its name or
 * one of its aliases) in that metric's unit, with the period the sentence gives (前三季度 → 1—9月). The
 * importer writes each as `<Fact … proposed>`; the editor confirms it by deleting `proposed`. Nothing
 * here is a guess the dataset takes: an unconfirmed proposal never reaches it.
 */
import type { Metric, Registry } from '../../schema/metric.ts';

/** A figure proposed in a paragraph. */
export interface Proposal {
  metric: string;
  period: string;
  /** The figure as written: number and unit (1953亿元). */
  text: string;
  /** The sentence holding it. */
  sentence: string;
  /** Offsets of `text` in the paragraph. */
  start: number;
  end: number;
}

/** The years a sentence's period is read against. */
export interface PeriodContext {
  /** The year the report is about: a sentence naming no year speaks of it. */
  year: number;
  /** The year of publication, for 今年 and 去年. */
  published: number;
}

const SENTENCE = /[^。！？；]*(?:[。！？；]+[”’」』）)]*|$)/gu;
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4 };

/** Escape text for a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The period a sentence gives a figure, read from the words before it. */
export function inferPeriod(before: string, context: PeriodContext): string {
  const years = [...before.matchAll(/((?:19|20)\d{2})年/gu)];
  let year = years.length ? Number(years.at(-1)?.[1]) : context.year;
  if (!years.length && /去年/u.test(before)) year = context.published - 1;
  else if (!years.length && /今年/u.test(before)) year = context.published;
  const month = (m: number) => String(m).padStart(2, '0');
  const range = /(?:1|一)\s*(?:—|–|-|~|～|至|到)\s*(\d{1,2})\s*月/u.exec(before);
  if (range) {
    const end = Number(range[1]);
    if (end >= 2 && end <= 12) return end === 12 ? `${year}` : `${year}-01/${year}-${month(end)}`;
  }
  const quarters = /前([一二两三])(?:个)?季度/u.exec(before);
  if (quarters) return `${year}-01/${year}-${month((CN_DIGITS[quarters[1] ?? ''] ?? 1) * 3)}`;
  if (/上半年/u.test(before)) return `${year}-01/${year}-06`;
  const quarter = /(?:第)?([一二三四])季度/u.exec(before);
  if (quarter) return `${year}-Q${CN_DIGITS[quarter[1] ?? ''] ?? 1}`;
  const asOf = /截[至止](?:\d{4}年)?(\d{1,2})月(?:底|末)?/u.exec(before);
  if (asOf && Number(asOf[1]) >= 1 && Number(asOf[1]) <= 12) return `${year}-${month(Number(asOf[1]))}`;
  return String(year);
}

/** Where one of the registry's metric names stands in a sentence. */
interface NameHit {
  metric: Metric;
  start: number;
  end: number;
}

/** The metric names in a sentence, longest first where they overlap (规上工业总产值增速 over 规上工业总产值). */
function nameHits(sentence: string, registry: Registry): NameHit[] {
  const hits: NameHit[] = [];
  for (const metric of registry.metrics) {
    for (const name of [metric.name, ...metric.aliases]) {
      for (let at = sentence.indexOf(name); at !== -1; at = sentence.indexOf(name, at + 1)) {
        hits.push({ metric, start: at, end: at + name.length });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameHit[] = [];
  for (const hit of hits)
    if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit);
  return kept;
}

/** The first figure in `region` written in one of `units`: `[offset, text]`, or null. */
function firstFigure(region: string, units: readonly string[], growth: boolean): [number, string] | null {
  const unit = units
    .map(escape)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const pattern = growth
    ? new RegExp(`(?:增长|增速为?|增幅为?|同比增长|提高)[^\\d，。；]{0,4}(\\d+(?:\\.\\d+)?%)`, 'u')
    : new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?(?:余|多)?(?:${unit}))`, 'u');
  const match = pattern.exec(region);
  if (!match?.[1]) return null;
  return [(match.index ?? 0) + match[0].length - match[1].length, match[1]];
}

/**
 * The figures of one paragraph to propose: for each metric named, the first number after the name in its
 * unit, and the growth rate after it when the registry has the metric's `-growth` twin. `taken` holds the
 * `metric@period` pairs already proposed in the report, so that no anchor is proposed twice.
 */
export function proposeFacts(
  paragraph: string,
  registry: Registry,
  context: PeriodContext,
  taken: Set<string>,
): Proposal[] {
  const proposals: Proposal[] = [];
  for (const match of paragraph.matchAll(SENTENCE)) {
    const sentence = match[0];
    if (!sentence) continue;
    const offset = match.index ?? 0;
    const hits = nameHits(sentence, registry);
    hits.forEach((hit, at) => {
      const regionEnd = hits[at + 1]?.start ?? sentence.length;
      const region = sentence.slice(hit.end, regionEnd);
      const growthTwin = registry.metrics.find((metric) => metric.id === `${hit.metric.id}-growth`);
      const wanted: [Metric, boolean][] = [
        [hit.metric, hit.metric.kind === 'growth'],
        ...(growthTwin ? [[growthTwin, true] as [Metric, boolean]] : []),
      ];
      for (const [metric, growth] of wanted) {
        const figure = firstFigure(region, [metric.unit, ...metric.alsoWritten], growth);
        if (!figure) continue;
        const start = offset + hit.end + figure[0];
        const read = inferPeriod(sentence.slice(0, hit.end + figure[0]), context);
        // A count "as of" a date takes the month it was counted in: 1—9月 → 9月.
        const period = metric.kind === 'cumulative' ? read.replace(/^\d{4}-\d{2}\//u, '') : read;
        const key = `${metric.id}@${period}`;
        if (taken.has(key) || proposals.some((p) => p.start === start)) continue;
        taken.add(key);
        proposals.push({
          metric: metric.id,
          period,
          text: figure[1],
          sentence: sentence.trim(),
          start,
          end: start + figure[1].length,
        });
      }
    });
  }
  return proposals.sort((a, b) => a.start - b.start);
}
