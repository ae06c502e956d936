/**
 * Entities with what the reports say about them: every sentence naming each (its own and those of the
 * projects and parks that belong to it), the reports it appears in, and the figures stated in those
 * sentences. Built from the entries' mentions, never from the report files.
 */
import type { Observation } from '../facts/observations.ts';
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

/** The entity and the entities below it (a company's projects, a park's parks), by id. */
function family(entity: Entity, entities: readonly Entity[]): Set<string> {
  const ids = new Set([entity.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const other of entities) {
      if (other.parent && ids.has(other.parent) && !ids.has(other.id)) {
        ids.add(other.id);
        grew = true;
      }
    }
  }
  return ids;
}

/**
 * Every entity with its mentions and figures. `reports` come newest first; figures are matched to a
 * sentence by report and sentence text, so a figure is listed when its sentence names the entity.
 */
export function buildEntityIndex(
  entities: readonly Entity[],
  reports: readonly ReportMentions[],
  observations: readonly Observation[],
): EntityRecord[] {
  return entities.map((entity) => {
    const ids = family(entity, entities);
    const mentions = reports.flatMap(({ report, mentions: sentences }) =>
      sentences.flatMap((sentence) => {
        const names = sentence.mentions
          .filter((mention) => ids.has(mention.entity))
          .map((mention) => mention.name);
        return names.length
          ? [{ report, anchor: sentence.id, text: sentence.text, names: [...new Set(names)] }]
          : [];
      }),
    );
    const keys = new Set(mentions.map((mention) => `${mention.report.id}\n${sentenceKey(mention.text)}`));
    const seen = new Set<string>();
    const reportList = mentions.flatMap((mention) =>
      seen.has(mention.report.id) ? [] : (seen.add(mention.report.id), [mention.report]),
    );
    return {
      entity,
      mentions,
      reports: reportList,
      figures: observations.filter((observation) =>
        keys.has(`${observation.slug}\n${sentenceKey(observation.quote)}`),
      ),
      children: entities.filter((other) => other.parent === entity.id),
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

/**
 * Reports related to one: sharing entities (two points each) or topics (one point each), best first,
 * then newest. Reports sharing nothing are left out.
 */
export function relatedReports<
  R extends { id: string; topics: readonly string[]; entities: ReadonlySet<string> },
>(report: R, others: readonly R[], limit = 3): { report: R; topics: string[]; entities: string[] }[] {
  return others
    .filter((other) => other.id !== report.id)
    .map((other) => ({
      report: other,
      topics: other.topics.filter((topic) => report.topics.includes(topic)),
      entities: [...other.entities].filter((entity) => report.entities.has(entity)),
    }))
    .map((related) => ({ ...related, score: related.entities.length * 2 + related.topics.length }))
    .filter((related) => related.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ report: other, topics, entities }) => ({ report: other, topics, entities }));
}
