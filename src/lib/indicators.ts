/**
 * The observations and checks of every report in the collection, read from the facts the loader
 * attached to each entry (no MDX is parsed here). Every chart, indicator page and data file asks for
 * them, so a build computes them once; `astro dev` again when a report changes, so that an edited
 * report shows at once.
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

/** The observations of these reports; proposed facts are never among them. */
function extractObservations(reports: Report[]): Observation[] {
  return sortObservations(
    reports.flatMap((report) =>
      toObservations({ slug: report.id, title: report.data.title }, report.data.facts),
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

/** checkReports() over the collection: disagreements, revisions and arithmetic findings. */
export function getChecks(): Promise<CheckResult> {
  const run = async () => checkReports((await getReports()).map(reportFacts));
  if (import.meta.env.DEV) return run();
  checked ??= run();
  return checked;
}
