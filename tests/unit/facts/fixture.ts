/** Small inline reports for the fact tests: they never read content/reports, so a new report breaks none. */
import { checkReports, type ReportFacts } from '../../../src/lib/facts/check.ts';
import { readReport } from '../../../src/lib/facts/report-facts.ts';

/** The MDX of a report whose body is `body`: the frontmatter takes lines 1–4, the body starts on line 6. */
export function mdx(body: string, date = '2023-06-26'): string {
  return `---\ntitle: 测试\ndate: ${date}\n---\n\n${body}\n`;
}

/** One report's facts and problems, as the loader reads them, from `body` (first line is line 6). */
export function read(body: string, date = '2023-06-26', file = 'content/reports/x.mdx') {
  return readReport(mdx(body, date), { file, date: new Date(`${date}T00:00:00Z`) }, { chartIds: ['known'] });
}

/** A report for checkReports(), from its body. */
export function report(slug: string, body: string, date: string): ReportFacts {
  const file = `content/reports/${slug}.mdx`;
  return { slug, file, title: slug, date: new Date(`${date}T00:00:00Z`), ...read(body, date, file) };
}

/** A `<Fact>` tag: `fact('industrial-output', '2023', '1400亿元', 'estimate')`. */
export function fact(metric: string, period: string, value: string, flags = ''): string {
  return `<Fact metric="${metric}" period="${period}"${flags ? ` ${flags}` : ''}>${value}</Fact>`;
}

/** checkReports() over a few inline reports. */
export function check(...reports: ReportFacts[]) {
  return checkReports(reports);
}
