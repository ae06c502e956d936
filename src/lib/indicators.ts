/**
 * The observations of every report in the collection. Every chart, indicator page and data file asks
 * for them, so a build extracts them once; `astro dev` extracts them on each request, so that an edited
 * report shows at once.
 */
import { factsOfFile } from './facts/report-facts.ts';
import { sortObservations, toObservations, type Observation } from './facts/observations.ts';
import { getReports } from './reports.ts';

let built: Promise<Observation[]> | undefined;

/** Extract the observations from the reports as they are now. */
async function extractObservations(): Promise<Observation[]> {
  const reports = await getReports();
  return sortObservations(
    reports.flatMap((report) =>
      toObservations(
        { slug: report.id, title: report.data.title },
        factsOfFile(report.filePath ?? report.id, report.body ?? '').facts,
      ),
    ),
  );
}

/** Every observation of every report, in dataset order. */
export function getObservations(): Promise<Observation[]> {
  if (import.meta.env.DEV) return extractObservations();
  built ??= extractObservations();
  return built;
}
