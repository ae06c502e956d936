import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';
import { valueLabel } from '../lib/charts/chart.ts';

/** Special funds won for enterprises' projects, with the number of projects beside each bar. */
export const specialFunds = labelledBars({
  id: 'special-funds',
  title: '争取到的工信专项资金',
  caption: '企业项目获得的工业和信息化、中小微企业发展等专项资金（万元），柱旁注明获支持的项目个数。',
  metrics: ['special-funds'],
  labelMetrics: ['special-fund-projects'],
  row: (observation) => observation.periodLabel,
  text: (observation, all) => {
    const projects = all.find(
      (other) => other.metric === 'special-fund-projects' && other.period === observation.period,
    );
    return projects ? `${valueLabel(observation)} · ${projects.value}个项目` : valueLabel(observation);
  },
});
