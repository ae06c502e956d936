/**
 * The observations of every report in the collection. Not cached: in `astro dev` an edited report must
 * show at once, and reading five reports' facts costs a few milliseconds.
 */
import { factsOfFile } from './facts/report-facts.ts';
import { sortObservations, toObservations, type Observation } from './facts/observations.ts';
import { getReports } from './reports.ts';

/** Every observation of every report, in dataset order. */
export async function getObservations(): Promise<Observation[]> {
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
