/** The observations of every report in the collection, read once per build. */
import { factsOfFile } from './facts/report-facts.ts';
import { sortObservations, toObservations, type Observation } from './facts/observations.ts';
import { getReports } from './reports.ts';

let cached: Promise<Observation[]> | undefined;

/** Every observation of every report, in dataset order. */
export function getObservations(): Promise<Observation[]> {
  cached ??= getReports().then((reports) =>
    sortObservations(
      reports.flatMap((report) =>
        toObservations(
          { slug: report.id, title: report.data.title },
          factsOfFile(report.filePath ?? report.id, report.body ?? '').facts,
        ),
      ),
    ),
  );
  return cached;
}
