import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';
import { valueLabel } from '../lib/charts/chart.ts';

/** Funds a project count goes with: recommended projects with funds sought, granted ones with funds won. */
const PROJECTS: Record<string, string> = {
  'special-funds-sought': 'special-fund-projects-recommended',
  'special-funds': 'special-fund-projects',
};

/**
 * Special funds for enterprises' projects. Funds sought by recommended projects (推荐…争取) and funds
 * granted (获…支持) are different things, so each is its own bar, never added together.
 */
export const specialFunds = labelledBars({
  id: 'special-funds',
  title: '工信专项资金：推荐争取与获得',
  caption:
    '推荐项目争取的和项目获得的工业和信息化、中小微企业发展等专项资金（万元），柱旁注明项目个数；推荐争取不等于获得。',
  metrics: Object.keys(PROJECTS),
  labelMetrics: Object.values(PROJECTS),
  row: (observation) =>
    `${observation.periodLabel} ${observation.metric === 'special-funds' ? '获得' : '推荐争取'}`,
  text: (observation, all) => {
    const projects = all.find(
      (other) => other.metric === PROJECTS[observation.metric] && other.period === observation.period,
    );
    return projects ? `${valueLabel(observation)} · ${projects.value}个项目` : valueLabel(observation);
  },
});
