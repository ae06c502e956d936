/**
 * Entities with what the reports say about them: every sentence naming each (its own and those of the
 * projects and parks that belong to it), the reports it appears in, and the figures stated in those
 * sentences. Built from the entries' mentions, never from the report files.
 */
import type { Observation } from '../facts/observations.ts';
import { memoize } from '../memo.ts';
import { ENTITY_KINDS, type Entity, type EntityKind } from './schema.ts';
import { sentenceKey } from './sentence-id.ts';

/** The report fields an entity page shows beside a mention. */
export interface MentionReport {
  id: string;
  title: string;
  date: Date;
}

/** One sentence naming an entity. */
export interface EntityMention {
  report: MentionReport;
  /** The sentence's anchor on the report page. */
  anchor: string;
  /** The sentence. */
  text: string;
  /** The names of this entity (or of one belonging to it) as the sentence writes them. */
  names: string[];
}

/** An entity and everything the reports say about it. */
export interface EntityRecord {
  entity: Entity;
  /** Every sentence naming it or an entity belonging to it, newest report first, in reading order. */
  mentions: EntityMention[];
  /** The reports naming it, newest first. */
  reports: MentionReport[];
  /** The figures stated in those sentences. */
  figures: Observation[];
  /** Entities that belong to this one. */
  children: Entity[];
}

/** Reports on a page of an entity (/entities/<id>/2/ …); their sentences and figures go with them. */
export const ENTITY_REPORTS_PAGE_SIZE = 20;

/** URL path of an entity's page. */
export function entityUrl(entity: Pick<Entity, 'id'>): string {
  return `/entities/${entity.id}/`;
}

/** ASCII slugs for the kinds, used as anchors on /entities/. */
export const KIND_SLUGS: Record<EntityKind, string> = {
  企业: 'companies',
  园区: 'parks',
  平台: 'platforms',
  通道: 'corridors',
  项目: 'projects',
};

/** The reports' mentions, as the index needs them. */
export interface ReportMentions {
  report: MentionReport;
  mentions: readonly { id: string; text: string; mentions: readonly { entity: string; name: string }[] }[];
}

/** Each entity id with the ids its mentions count for: itself and every entity above it. */
function ancestry(entities: readonly Entity[]): Map<string, string[]> {
  const parentOf = new Map(entities.map((entity) => [entity.id, entity.parent]));
  return new Map(
    entities.map((entity) => {
      const ids: string[] = [];
      for (let id: string | undefined = entity.id; id !== undefined && !ids.includes(id);) {
        if (parentOf.has(id)) ids.push(id);
        id = parentOf.get(id);
      }
      return [entity.id, ids];
    }),
  );
}

/** Every sentence naming each entity or one below it, newest report first, in reading order. */
function mentionsByEntity(
  entities: readonly Entity[],
  reports: readonly ReportMentions[],
): Map<string, EntityMention[]> {
  const up = ancestry(entities);
  const found = new Map<string, EntityMention[]>(entities.map((entity) => [entity.id, []]));
  for (const { report, mentions: sentences } of reports) {
    for (const sentence of sentences) {
      const names = new Map<string, string[]>();
      for (const mention of sentence.mentions) {
        for (const id of up.get(mention.entity) ?? [])
          names.set(id, [...(names.get(id) ?? []), mention.name]);
      }
      for (const [id, named] of names) {
        found.get(id)?.push({ report, anchor: sentence.id, text: sentence.text, names: [...new Set(named)] });
      }
    }
  }
  return found;
}

/**
 * Every entity with its mentions and figures. `reports` come newest first; figures are matched to a
 * sentence by report and sentence text, so a figure is listed when its sentence names the entity. One
 * pass over the sentences and one over the figures, whatever the number of entities.
 */
export function buildEntityIndex(
  entities: readonly Entity[],
  reports: readonly ReportMentions[],
  observations: readonly Observation[],
): EntityRecord[] {
  const mentions = mentionsByEntity(entities, reports);
  const figureKeys = observations.map(
    (observation) => `${observation.slug}\n${sentenceKey(observation.quote)}`,
  );
  const children = new Map<string, Entity[]>();
  for (const entity of entities) {
    if (entity.parent) children.set(entity.parent, [...(children.get(entity.parent) ?? []), entity]);
  }
  return entities.map((entity) => {
    const named = mentions.get(entity.id) ?? [];
    const keys = new Set(named.map((mention) => `${mention.report.id}\n${sentenceKey(mention.text)}`));
    const seen = new Set<string>();
    const reportList = named.flatMap((mention) =>
      seen.has(mention.report.id) ? [] : (seen.add(mention.report.id), [mention.report]),
    );
    return {
      entity,
      mentions: named,
      reports: reportList,
      figures: keys.size ? observations.filter((_, index) => keys.has(figureKeys[index] ?? '')) : [],
      children: children.get(entity.id) ?? [],
    };
  });
}

/** Entities grouped by kind, in the registry's kind order, each group by how many reports name them. */
export function byKind(records: readonly EntityRecord[]): { kind: EntityKind; records: EntityRecord[] }[] {
  return ENTITY_KINDS.map((kind) => ({
    kind,
    records: records
      .filter((record) => record.entity.kind === kind)
      .sort(
        (a, b) =>
          b.reports.length - a.reports.length ||
          b.mentions.length - a.mentions.length ||
          a.entity.name.localeCompare(b.entity.name, 'zh-CN'),
      ),
  }));
}

/** What relates reports to each other. */
interface Relatable {
  id: string;
  topics: readonly string[];
  entities: ReadonlySet<string>;
}

/** Which of `others` name each entity and carry each topic (a topic once per time a report lists it). */
const postings = memoize((others: readonly Relatable[]) => {
  const byEntity = new Map<string, number[]>();
  const byTopic = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  others.forEach((other, index) => {
    for (const entity of other.entities) add(byEntity, entity, index);
    for (const topic of other.topics) add(byTopic, topic, index);
  });
  return { byEntity, byTopic };
});

/**
 * Reports related to one: sharing entities (two points each) or topics (one point each), best first,
 * then in the order of `others` (newest first). Reports sharing nothing are left out. Scores come from
 * an index of `others` built once per array, so a build's thousand report pages do not each compare
 * every pair of reports.
 */
export function relatedReports<R extends Relatable>(
  report: R,
  others: readonly R[],
  limit = 3,
): { report: R; topics: string[]; entities: string[] }[] {
  const { byEntity, byTopic } = postings(others);
  const scores = new Map<number, number>();
  const score = (indexes: readonly number[] | undefined, points: number) => {
    for (const index of indexes ?? []) scores.set(index, (scores.get(index) ?? 0) + points);
  };
  for (const entity of report.entities) score(byEntity.get(entity), 2);
  for (const topic of new Set(report.topics)) score(byTopic.get(topic), 1);
  return [...scores]
    .filter(([index]) => others[index]?.id !== report.id)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .flatMap(([index]) => {
      const other = others[index];
      if (!other) return [];
      return [
        {
          report: other,
          topics: other.topics.filter((topic) => report.topics.includes(topic)),
          entities: [...other.entities].filter((entity) => report.entities.has(entity)),
        },
      ];
    });
}
