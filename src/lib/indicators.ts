/**
 * The observations of every report in the collection. Every chart, indicator page and data file asks
 * for them, so a build extracts them once; `astro dev` extracts them again when a report changes, so
 * that an edited report shows at once.
 */
import { factsOfFile } from './facts/report-facts.ts';
import { sortObservations, toObservations, type Observation } from './facts/observations.ts';
import { getReports, type Report } from './reports.ts';

let built: Promise<Observation[]> | undefined;

/** Extract the observations from these reports. */
function extractObservations(reports: Report[]): Observation[] {
  return sortObservations(
    reports.flatMap((report) =>
      toObservations(
        { slug: report.id, title: report.data.title },
        factsOfFile(report.filePath ?? report.id, report.body ?? '').facts,
      ),
    ),
  );
}

/** `astro dev`: the last result, with the reports' ids and content digests it was computed from. */
let devCache: { key: string; observations: Observation[] } | undefined;

/** Every observation of every report, in dataset order. */
export async function getObservations(): Promise<Observation[]> {
  if (!import.meta.env.DEV) {
    built ??= getReports().then(extractObservations);
    return built;
  }
  // In `astro dev`, recompute only when a report was added, removed or edited (its digest changes),
  // not on every request: at 1,000 reports each recomputation costs seconds.
  const reports = await getReports();
  const key = reports.map((report) => `${report.id}:${report.digest ?? ''}`).join('\n');
  if (devCache?.key !== key) devCache = { key, observations: extractObservations(reports) };
  return devCache.observations;
}
