/**
 * `npm run check-data`: check every fact marked in content/reports/ against the metric registry, and
 * list where the reports disagree. Errors (a metric missing from the registry, a unit that contradicts
 * it, a bad period) fail with exit code 1; disagreements are warnings, as in the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findInconsistencies, warningLine } from '../lib/facts/consistency.ts';
import { cumulativeMetrics, factsOfFile } from '../lib/facts/report-facts.ts';

const dir = process.argv[2] ?? 'content/reports';
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => join(dir, name));

const results = files.map((file) => ({ file, ...factsOfFile(file, readFileSync(file, 'utf8')) }));
const problems = results.flatMap((result) => result.problems);
const facts = results.flatMap((result) =>
  result.facts.map((fact) => ({ ...fact, source: `${result.file}:${fact.line}` })),
);
const warnings = findInconsistencies(facts, cumulativeMetrics()).map(warningLine);

for (const problem of problems) console.error(`错误 error: ${problem}`);
for (const warning of warnings) console.warn(`注意 warning: ${warning}`);
const metrics = new Set(facts.map((fact) => fact.metric));
console.log(
  `${files.length} 篇报告，${facts.length} 个数据点，${metrics.size} 项指标；${problems.length} 个错误，${warnings.length} 处不一致。` +
    ` (${files.length} reports, ${facts.length} observations, ${metrics.size} metrics; ${problems.length} errors, ${warnings.length} inconsistencies)`,
);
process.exitCode = problems.length ? 1 : 0;
