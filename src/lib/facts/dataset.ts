/**
 * The downloadable dataset: one row per observation, as JSON and as CSV (UTF-8 with a byte-order mark,
 * so that Excel shows the Chinese). The columns are documented in the dataset README.
 */
import type { Observation } from './observations.ts';

/** The columns of the dataset, in order, with what each holds (for the README). */
export const COLUMNS = [
  ['metric', '指标编号 (metric id)'],
  ['name', '指标名称 (metric name)'],
  ['segment', '分组编号，如产业或级别，无则为空 (segment id: industry or level; empty when none)'],
  ['segment_name', '分组名称 (segment name)'],
  [
    'period',
    '时期：2022、2023-Q2、2023-06、2023-01/2023-09，或日期 2023-06-26 表示截至报道日期 (period: year, quarter, month, month range, or a date: as of the report’s date)',
  ],
  ['value', '数值 (value)'],
  ['unit', '单位 (unit)'],
  ['qualifier', '限定：more-than 超过、about 约、nearly 近，精确值为空 (qualifier; empty when exact)'],
  [
    'estimate',
    '预计数（预计、有望）为1，原文陈述的数为空 (1 for a projection or estimate; empty when stated)',
  ],
  ['report', '报告网页地址，带该数字的锚点 (URL of the report page, with the fact’s anchor)'],
  ['quote', '原文中陈述该数字的整句 (the whole sentence stating it, as on the page)'],
] as const;

/** One dataset row. */
export type DatasetRow = Record<(typeof COLUMNS)[number][0], string | number>;

/** The dataset rows; `site` makes the report links absolute. */
export function datasetRows(observations: Observation[], site?: URL | string): DatasetRow[] {
  return observations.map((observation) => ({
    metric: observation.metric,
    name: observation.name,
    segment: observation.segment,
    segment_name: observation.segmentName,
    period: observation.period,
    value: observation.value,
    unit: observation.unit,
    qualifier: observation.qualifier,
    estimate: observation.estimate ? 1 : '',
    report: site ? new URL(observation.href, site).href : observation.href,
    quote: observation.quote,
  }));
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text with a byte-order mark and CRLF line ends, as Excel expects. */
export function toCsv(rows: DatasetRow[]): string {
  const header = COLUMNS.map(([name]) => name);
  const lines = [header, ...rows.map((row) => header.map((name) => csvField(row[name])))];
  return `\uFEFF${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
