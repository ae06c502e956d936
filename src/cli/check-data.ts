/**
 * `npm run check-data [folder] [--strict]`: check every report in content/reports/ as the build does
 * (frontmatter, facts, chart ids) and list where the reports disagree, were revised or do not add up.
 * Errors fail with exit code 1; findings are listed and fail only with --strict.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CHARTS } from '../charts/index.ts';
import { frontmatterBlock, reportProblems } from '../lib/errors/frontmatter.ts';
import { checkReports, findingLine } from '../lib/facts/check.ts';
import { readReportFiles } from '../lib/facts/from-files.ts';

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
const published = reports.filter((report) => {
  const text = readFileSync(report.file, 'utf8');
  return !/^draft:[ \t]*true[ \t]*$/m.test(frontmatterBlock(text) ?? '');
});
const { findings } = checkReports(published);
const problems = reports.flatMap((report) => report.problems);
const errors = [...frontmatter, ...problems];

for (const problem of errors) console.error(`错误 error: ${problem}`);
for (const warning of reports.flatMap((report) => report.warnings)) console.warn(`注意 warning: ${warning}`);
for (const finding of findings) console.warn(`注意 warning: ${findingLine(finding)}`);
const facts = reports.reduce((sum, report) => sum + report.facts.length, 0);
console.log(
  `${reports.length} 篇报告，${facts} 个数据点；${errors.length} 个错误，${findings.length} 处说法不一或修订。` +
    ` (${reports.length} reports, ${facts} facts; ${errors.length} errors, ${findings.length} disagreements or revisions)`,
);
process.exitCode = errors.length || (strict && findings.length) ? 1 : 0;
