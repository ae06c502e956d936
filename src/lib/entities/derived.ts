/**
 * What the loader derives from a report's sentences besides its facts: the entities each sentence
 * names and the dated events it states. Computed once per report in the content loader, from the
 * sentences of its one syntax-tree parse (readReport), and carried on the entry (`entry.data.mentions`,
 * `entry.data.events`); pages read them with `derivedOf()`.
 */
import type { ReportSentence } from '../facts/extract.ts';
import { TIMELINE_FILE, reportEvents, type ReportEvent } from '../timeline/index.ts';
import { createMatcher, mentionsIn, type SentenceMentions } from './match.ts';
import { ENTITY_REGISTRY } from './registry.ts';
import { sentenceIds } from './sentence-id.ts';

/** What the loader attaches to a report entry. */
export interface ReportDerived {
  /** The report's sentences that name entities, in reading order. */
  mentions: SentenceMentions[];
  /** The dated events the report states. */
  events: ReportEvent[];
}

const MATCHER = createMatcher(ENTITY_REGISTRY.entities);

/**
 * A fingerprint of the registries mentions and events are derived with. The loader keeps it in the
 * collection's meta store and re-reads every report when it changes: Astro's cache only notices edits
 * to the reports themselves.
 */
export const DERIVED_VERSION = sentenceIds()(JSON.stringify([ENTITY_REGISTRY, TIMELINE_FILE]));

/**
 * Mentions and events of one report's anchored sentences (headings have no anchor and are skipped), and
 * the problems with its hand-dated events.
 */
export function deriveFromReport(
  slug: string,
  sentences: readonly ReportSentence[],
  published: Date,
): { derived: ReportDerived; problems: string[] } {
  const anchored = sentences.filter((sentence) => sentence.id);
  const { events, problems } = reportEvents(slug, published, anchored);
  return { derived: { mentions: mentionsIn(anchored, MATCHER), events }, problems };
}

/** The derived parts of an entry (empty when an entry was stored without them). */
export function derivedOf(entry: { data: object }): ReportDerived {
  const data = entry.data as Partial<ReportDerived>;
  return { mentions: data.mentions ?? [], events: data.events ?? [] };
}
