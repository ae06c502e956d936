import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';

/** New science and high-tech enterprises: where one report states two counts, both are shown. */
export const techEnterprises = labelledBars({
  id: 'tech-enterprises',
  title: '新增科技型企业和高新技术企业',
  caption: '各年新增的科技型企业和高新技术企业家数。同一年有两种说法时两个数都列出，请以原文为准。',
  metrics: ['tech-enterprises-new', 'high-tech-enterprises-new'],
  row: (observation) => `${observation.periodLabel} ${observation.name.replace('新增', '')}`,
});
