/**
 * `npm run check-data [folder] [--strict]`: check every report in content/reports/ as the build does
 * (frontmatter, facts, chart ids) and list where the reports disagree, were revised or do not add up,
 * and every number of their prose neither marked nor reviewed in content/data/unmarked-figures.json.
 * Errors fail with exit code 1; findings and unmarked numbers are listed and fail only with --strict.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CHARTS } from '../charts/index.ts';
import { frontmatterBlock, reportProblems } from '../lib/errors/frontmatter.ts';
import { checkReports, findingLine } from '../lib/facts/check.ts';
import { readReportFiles } from '../lib/facts/from-files.ts';
import { reviewUnmarked } from '../lib/facts/unmarked.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dir = args.find((arg) => !arg.startsWith('--')) ?? 'content/reports';

const reports = readReportFiles(
  dir,
  CHARTS.map((chart) => chart.id),
);
const frontmatter = reports.flatMap((report) => {
  const text = readFileSync(report.file, 'utf8');
  return reportProblems(report.file, text, parseYaml(frontmatterBlock(text) ?? '', { schema: 'yaml-1.1' }));
});
// Drafts are checked for errors, but stay out of the findings, as they stay out of the dataset.
const published = reports.filter((report) => !report.draft);
const { findings } = checkReports(published);
const unmarked = reviewUnmarked(published);
const problems = reports.flatMap((report) => report.problems);
const errors = [...frontmatter, ...problems];

for (const problem of errors) console.error(`错误 error: ${problem}`);
for (const warning of reports.flatMap((report) => report.warnings)) console.warn(`注意 warning: ${warning}`);
for (const finding of findings) console.warn(`注意 warning: ${findingLine(finding)}`);
for (const line of unmarked) console.warn(`注意 warning: ${line}`);
const facts = reports.reduce((sum, report) => sum + report.facts.length, 0);
console.log(
  `${reports.length} 篇报告，${facts} 个数据点；${errors.length} 个错误，${findings.length} 处说法不一或修订。` +
    ` (${reports.length} reports, ${facts} facts; ${errors.length} errors, ${findings.length} disagreements or revisions)`,
);
console.log(
  `${unmarked.length} 处未标记也未说明原因的数字或过时的说明。 (${unmarked.length} numbers neither marked nor reviewed, or stale reviews)`,
);
process.exitCode = errors.length || (strict && (findings.length || unmarked.length)) ? 1 : 0;
