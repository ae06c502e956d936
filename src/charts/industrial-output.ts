import { actualVsTarget } from '../lib/charts/kinds/actual-vs-target.ts';

/** 规上工业总产值, year by year, against the targets set for 2025. */
export const industrialOutput = actualVsTarget({
  id: 'industrial-output',
  title: '规上工业总产值与2025年目标',
  caption:
    '江津区规模以上工业总产值（亿元），各年实绩为柱，报道中提出的2025年（“十四五”末）目标为圆圈；浅色柱表示报道只说“突破”某数。',
  actual: 'industrial-output',
  target: 'industrial-output-target',
});
