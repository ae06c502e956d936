/** The site's entity index, built once per build from the report entries (per request in dev). */
import { getObservations } from '../indicators.ts';
import { getReports, type Report } from '../reports.ts';
import { derivedOf } from './derived.ts';
import { buildEntityIndex, relatedReports, type EntityRecord } from './index.ts';
import { memoize } from '../memo.ts';
import { ENTITY_REGISTRY } from './registry.ts';

let built: Promise<EntityRecord[]> | undefined;

/** The entity index of the reports as they are now. */
async function build(): Promise<EntityRecord[]> {
  const reports = await getReports();
  return buildEntityIndex(
    ENTITY_REGISTRY.entities,
    reports.map((report) => ({
      report: { id: report.id, title: report.data.title, date: report.data.date },
      mentions: derivedOf(report).mentions,
    })),
    await getObservations(),
  );
}

/** Every entity with its mentions and figures. */
export function getEntityIndex(): Promise<EntityRecord[]> {
  if (import.meta.env.DEV) return build();
  built ??= build();
  return built;
}

/** The ids of the entities a report names, in order of first mention. */
export function entitiesOfReport(report: Report): string[] {
  return [
    ...new Set(derivedOf(report).mentions.flatMap((sentence) => sentence.mentions.map((m) => m.entity))),
  ];
}

/** A report with the topics and entities that relate it to others. */
function relatable(entry: Report) {
  return { id: entry.id, topics: entry.data.topics, entities: new Set(entitiesOfReport(entry)), entry };
}

/** The reports as relatedReports() reads them: once per reports array (once per build). */
const relatables = memoize((reports: Report[]) => reports.map(relatable));

/** The reports most related to `report` among `reports` (sharing entities, then topics). */
export function relatedToReport(report: Report, reports: Report[]) {
  return relatedReports(relatable(report), relatables(reports));
}
