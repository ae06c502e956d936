import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';
import { valueLabel } from '../lib/charts/chart.ts';

const INDUSTRIES = ['consumer-goods', 'equipment', 'auto-moto', 'materials', 'intelligent'];

/** Agreed investment by industry, with the number of projects signed beside each bar. */
export const investmentByIndustry = labelledBars({
  id: 'investment-by-industry',
  title: '分产业招商：协议引资与签约项目',
  caption: '按产业统计的全年招商引资：柱长为协议引资（亿元），柱旁注明引进的产业项目个数。',
  metrics: ['investment-agreed'],
  segments: INDUSTRIES,
  labelMetrics: ['projects-signed'],
  text: (observation, all) => {
    const projects = all.find(
      (other) =>
        other.metric === 'projects-signed' &&
        other.segment === observation.segment &&
        other.period === observation.period,
    );
    return projects ? `${valueLabel(observation)} · ${projects.value}个项目` : valueLabel(observation);
  },
  row: (observation, many) =>
    many ? `${observation.periodLabel} ${observation.segmentName}` : observation.segmentName,
  axisLabel: '协议引资（亿元）',
  fullYearsOnly: true,
});
