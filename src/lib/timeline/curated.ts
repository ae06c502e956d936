/** Tying the hand-dated events of content/data/timeline.json to the sentences they quote. */
import { fieldMessage } from '../../schema/messages.ts';
import type { Precision, TimelineEvent } from './derive.ts';
import type { CuratedEvent } from './schema.ts';

/** The precision of an ISO-like date string (2023, 2023-06, 2023-06-15). */
export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * The events dated by hand for one report, each on the sentence holding its quote; a quote found in no
 * sentence is a problem line naming the file and field.
 */
export function curatedEvents(
  slug: string,
  sentences: readonly { id: string; text: string }[],
  curated: readonly CuratedEvent[],
): { events: (TimelineEvent & { note?: string })[]; problems: string[] } {
  const events: (TimelineEvent & { note?: string })[] = [];
  const problems: string[] = [];
  curated.forEach((entry, index) => {
    if (entry.report !== slug) return;
    const sentence = sentences.find((candidate) => candidate.text.includes(entry.quote));
    if (!sentence) {
      problems.push(
        `content/data/timeline.json: ${fieldMessage(
          `events[${index}].quote`,
          `“${entry.quote}”不在报道 ${slug} 的任何一句中`,
          `"${entry.quote}" is in no sentence of the report ${slug}`,
        )}`,
      );
      return;
    }
    events.push({
      date: entry.date,
      precision: precisionOf(entry.date),
      text: sentence.text,
      anchor: sentence.id,
      ...(entry.note ? { note: entry.note } : {}),
    });
  });
  return { events, problems };
}

/** The topics whose words a sentence contains, in the order of the topic list. */
export function topicsOf(text: string, keywords: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(keywords)
    .filter(([, words]) => words.some((word) => text.includes(word)))
    .map(([topic]) => topic);
}
