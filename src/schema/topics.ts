/** The topic list: the only topics a report may carry, with the ASCII slugs of their future pages. */
import topics from '../../content/data/topics.json' with { type: 'json' };

/** One topic of the site. */
export interface Topic {
  /** The Chinese name editors write in a report's `topics`. */
  name: string;
  /** ASCII slug for the topic's URL. */
  slug: string;
  /** One line on what the topic covers. */
  description: string;
}

/** Every topic, in the order the site lists them. */
export const TOPICS: readonly Topic[] = topics;

/** The Chinese names of the topics. */
export const TOPIC_NAMES: readonly string[] = TOPICS.map((topic) => topic.name);
