/**
 * Small inline observations for chart tests: made here, not read from content/reports, so a new report
 * never changes a snapshot.
 */
import type { Observation } from '../../../src/lib/facts/observations.ts';
import { isFullYear, periodLabel, periodYear } from '../../../src/lib/facts/periods.ts';

/** An observation with the fields a chart reads; the rest are filled from the arguments. */
export function observation(
  fields: Pick<Observation, 'metric' | 'name' | 'period' | 'value' | 'unit'> & Partial<Observation>,
): Observation {
  const slug = fields.slug ?? `report-${periodYear(fields.period)}`;
  const anchor = `${fields.metric}-${fields.period}`;
  return {
    kind: isFullYear(fields.period) ? 'flow' : 'flow',
    segment: '',
    segmentName: '',
    periodLabel: periodLabel(fields.period),
    year: periodYear(fields.period),
    qualifier: '',
    qualifierName: '',
    slug,
    reportTitle: `报道${periodYear(fields.period)}`,
    href: `/reports/${slug}/#${anchor}`,
    anchor,
    text: `${fields.value}${fields.unit}`,
    quote: `某句话说${fields.value}${fields.unit}。`,
    line: 1,
    ...fields,
  };
}

const output = (period: string, value: number, more: Partial<Observation> = {}) =>
  observation({ metric: 'industrial-output', name: '规上工业总产值', period, value, unit: '亿元', ...more });
const target = (value: number, slug: string) =>
  observation({
    metric: 'industrial-output-target',
    name: '规上工业总产值目标',
    period: '2025',
    value,
    unit: '亿元',
    kind: 'target',
    qualifier: 'more-than',
    qualifierName: '超过',
    slug,
  });

/** Yearly output with one uncertain year, two targets for one year (a revision) and a growth rate. */
export const OUTPUT = [
  output('2019', 1200),
  output('2020', 1357),
  output('2021', 1600, { qualifier: 'more-than', qualifierName: '超过' }),
  output('2022', 1797.4),
  output('2023', 1953),
  output('2023-01/2023-06', 980),
  target(2000, 'report-2020'),
  target(2500, 'report-2022'),
  observation({
    metric: 'industrial-output-growth',
    name: '规上工业总产值增速',
    period: '2022',
    value: 8,
    unit: '%',
  }),
];

/** New enterprises of two series over three years. */
export const SMES = [
  ['2020', 31, 2],
  ['2022', 108, 10],
  ['2023', 74, 5],
].flatMap(([period, city, national]) => [
  observation({
    metric: 'specialized-smes-new',
    name: '新增市级专精特新企业',
    period: String(period),
    value: Number(city),
    unit: '家',
  }),
  observation({
    metric: 'little-giants-new',
    name: '新增国家级小巨人企业',
    period: String(period),
    value: Number(national),
    unit: '家',
  }),
]);

/** Investment by industry with project counts, one year. */
export const INVESTMENT = [
  ['consumer-goods', '消费品', 120.5, 12],
  ['equipment', '装备制造', 88, 9],
  ['materials', '材料', 40, 4],
].flatMap(([segment, segmentName, value, projects]) => [
  observation({
    metric: 'investment-agreed',
    name: '协议引资',
    period: '2023',
    value: Number(value),
    unit: '亿元',
    segment: String(segment),
    segmentName: String(segmentName),
  }),
  observation({
    metric: 'projects-signed',
    name: '签约项目',
    period: '2023',
    value: Number(projects),
    unit: '个',
    segment: String(segment),
    segmentName: String(segmentName),
  }),
]);

/** Ten years of a cumulative count, with two conflicting values for one year. */
export const CUMULATIVE = [
  ...Array.from({ length: 10 }, (_, index) =>
    observation({
      metric: 'tech-enterprises',
      name: '高新技术企业',
      period: String(2014 + index),
      value: 40 + index * 17,
      unit: '家',
      kind: 'cumulative',
    }),
  ),
  observation({
    metric: 'tech-enterprises',
    name: '高新技术企业',
    period: '2020',
    value: 160,
    unit: '家',
    kind: 'cumulative',
    slug: 'other',
    qualifier: 'nearly',
    qualifierName: '近',
  }),
];
