/**
 * content/data/timeline.json: the words that put an event under a topic, and the events the build
 * cannot date from the text alone (a year given as 去年 or 日前), each tied to a sentence of a report.
 */
import { z } from 'astro/zod';
import { fieldMessage } from '../../schema/messages.ts';

/** An event an editor dates by hand, tied to the sentence that states it. */
export const curatedEventSchema = z.strictObject({
  /** The report's slug (its file name without .mdx). */
  report: z
    .string()
    .min(1, { error: fieldMessage('events.report', '不能为空', 'events.report must not be empty') }),
  /** Words copied from the sentence, enough to find it; the event links to the whole sentence. */
  quote: z
    .string()
    .trim()
    .min(4, {
      error: fieldMessage(
        'events.quote',
        '应至少4个字，摘自报道原句',
        'events.quote must be at least 4 characters copied from the sentence',
      ),
    }),
  /** 2023, 2023-06 or 2023-06-15: as precise as the source allows. */
  date: z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    error: fieldMessage(
      'events.date',
      '应为 2023、2023-06 或 2023-06-15',
      'events.date must be 2023, 2023-06 or 2023-06-15',
    ),
  }),
  /** Why the date is what it is, when the text says 去年 or 日前. */
  note: z.string().trim().min(1).optional(),
});

/** The timeline file. */
export const timelineFileSchema = z.strictObject({
  /** For each topic of content/data/topics.json, words that put an event under it. */
  topicKeywords: z.record(z.string(), z.array(z.string().min(1))),
  /** Events dated by hand. */
  events: z.array(curatedEventSchema).default([]),
});

/** An event dated by hand. */
export type CuratedEvent = z.infer<typeof curatedEventSchema>;
/** The parsed timeline file. */
export type TimelineFile = z.infer<typeof timelineFileSchema>;

/** Parse the timeline file, throwing one line per problem naming the file and field. */
export function parseTimelineFile(data: unknown, file = 'content/data/timeline.json'): TimelineFile {
  const result = timelineFileSchema.safeParse(data);
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => `${file}: ${issue.message}`).join('\n'));
  }
  return result.data;
}
