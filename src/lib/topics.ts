/** Topics with the reports that carry them, for the topic pages and the tags on report cards. */
import { href } from '../consts.ts';
import { TOPICS, type Topic } from '../schema/topics.ts';
import type { Report } from './reports.ts';

/** The URL of a topic's page. */
export function topicUrl(topic: Pick<Topic, 'slug'>): string {
  return href(`/topics/${topic.slug}/`);
}

/** The topic with this Chinese name (the schema guarantees reports only name listed topics). */
export function topicByName(name: string): Topic | undefined {
  return TOPICS.find((topic) => topic.name === name);
}

/** Every topic with the reports that carry it, in the order of the topic list; reports keep their order. */
export function reportsByTopic(reports: readonly Report[]): { topic: Topic; reports: Report[] }[] {
  return TOPICS.map((topic) => ({
    topic,
    reports: reports.filter((report) => report.data.topics.includes(topic.name)),
  }));
}
