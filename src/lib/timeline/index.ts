/**
 * A report's timeline events: those derived from its dated sentences and those dated by hand in
 * content/data/timeline.json, each with its topics. The loader calls this once per report.
 */
import raw from '../../../content/data/timeline.json' with { type: 'json' };
import { curatedEvents, topicsOf } from './curated.ts';
import { deriveEvents, type TimelineEvent } from './derive.ts';
import { parseTimelineFile, type TimelineFile } from './schema.ts';

/** The site's timeline file. */
export const TIMELINE_FILE: TimelineFile = parseTimelineFile(raw);

/** A report's event with its topics. */
export interface ReportEvent extends TimelineEvent {
  /** Topics of content/data/topics.json the sentence's words point to. */
  topics: string[];
  /** Why a hand-dated event has its date. */
  note?: string;
}

/** The events of one report and the problems with its hand-dated entries. */
export function reportEvents(
  slug: string,
  published: Date,
  sentences: readonly { id: string; text: string }[],
  file: TimelineFile = TIMELINE_FILE,
): { events: ReportEvent[]; problems: string[] } {
  const curated = curatedEvents(slug, sentences, file.events);
  const derived = deriveEvents(sentences, published).filter(
    (event) => !curated.events.some((other) => other.anchor === event.anchor),
  );
  const events = [...derived, ...curated.events].map((event) => ({
    ...event,
    topics: topicsOf(event.text, file.topicKeywords),
  }));
  return { events, problems: curated.problems };
}
