import { actualVsTarget } from '../lib/charts/kinds/actual-vs-target.ts';

/** The number of above-scale industrial enterprises, against the 580 planned for 2025. */
export const aboveScaleEnterprises = actualVsTarget({
  id: 'above-scale-enterprises',
  title: '规上工业企业数与“十四五”末目标',
  caption: '江津区规模以上工业企业总数（家），各年实绩为柱，“十四五”末（2025年）的目标为圆圈。',
  actual: 'above-scale-enterprises',
  target: 'above-scale-enterprises-target',
});
