/**
 * `npm run check-data`: check every fact marked in content/reports/ against the metric registry, and
 * list where the reports disagree. Errors (a metric missing from the registry, a unit that contradicts
 * it, a bad period) fail with exit code 1; disagreements are warnings, as in the build.
 */
import { findInconsistencies, warningLine } from '../lib/facts/consistency.ts';
import { readReportFiles } from '../lib/facts/from-files.ts';
import { cumulativeMetrics } from '../lib/facts/report-facts.ts';

const reports = readReportFiles(process.argv[2] ?? 'content/reports');
const problems = reports.flatMap((report) => report.problems);
const observations = reports.flatMap((report) =>
  report.observations.map((observation) => ({
    ...observation,
    source: `${report.file}:${observation.line}`,
  })),
);
const warnings = findInconsistencies(observations, cumulativeMetrics()).map(warningLine);

for (const problem of problems) console.error(`错误 error: ${problem}`);
for (const warning of warnings) console.warn(`注意 warning: ${warning}`);
const metrics = new Set(observations.map((observation) => observation.metric)).size;
console.log(
  `${reports.length} 篇报告，${observations.length} 个数据点，${metrics} 项指标；${problems.length} 个错误，${warnings.length} 处不一致。` +
    ` (${reports.length} reports, ${observations.length} observations, ${metrics} metrics; ${problems.length} errors, ${warnings.length} inconsistencies)`,
);
process.exitCode = problems.length ? 1 : 0;
