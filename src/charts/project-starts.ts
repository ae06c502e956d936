import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';
import { valueLabel } from '../lib/charts/chart.ts';

const INVESTMENT: Record<string, string> = {
  'projects-started': 'projects-started-investment',
  'projects-completed': 'projects-completed-investment',
};

/** Key projects started and completed, with their investment beside each bar. */
export const projectStarts = labelledBars({
  id: 'project-starts',
  title: '重点项目集中开工与竣工',
  caption: '重点项目集中开工竣工活动中开工和竣工的项目个数；柱旁注明开工项目的总投资和竣工项目的完成投资。',
  metrics: ['projects-started', 'projects-completed'],
  labelMetrics: Object.values(INVESTMENT),
  row: (observation) => `${observation.periodLabel} ${observation.name.replace('集中', '')}`,
  text: (observation, all) => {
    const money = all.find(
      (other) => other.metric === INVESTMENT[observation.metric] && other.period === observation.period,
    );
    return money ? `${valueLabel(observation)} · ${valueLabel(money)}` : valueLabel(observation);
  },
  axisLabel: '项目（个）',
});
