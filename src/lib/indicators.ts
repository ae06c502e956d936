/**
 * The observations and checks of every report in the collection, read from the facts the loader
 * attached to each entry (no MDX is parsed here). A build computes them once; `astro dev` on each
 * request, so that an edited report shows at once.
 */
import { checkReports, type CheckResult, type ReportFacts } from './facts/check.ts';
import { sortObservations, toObservations, type Observation } from './facts/observations.ts';
import { getReports, type Report } from './reports.ts';

let built: Promise<Observation[]> | undefined;
let checked: Promise<CheckResult> | undefined;

/** A report entry as the checks see it. */
export function reportFacts(report: Report): ReportFacts {
  return {
    slug: report.id,
    file: report.filePath ?? report.id,
    title: report.data.title,
    date: report.data.date,
    facts: report.data.facts,
    problems: [],
  };
}

/** Observations of the reports as they are now; proposed facts are never among them. */
async function extractObservations(): Promise<Observation[]> {
  const reports = await getReports();
  return sortObservations(
    reports.flatMap((report) =>
      toObservations(
        { slug: report.id, title: report.data.title },
        report.data.facts.filter((fact) => !fact.proposed),
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

/** checkReports() over the collection: disagreements, revisions and arithmetic findings. */
export function getChecks(): Promise<CheckResult> {
  const run = async () => checkReports((await getReports()).map(reportFacts));
  if (import.meta.env.DEV) return run();
  checked ??= run();
  return checked;
}
