import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';
import { valueLabel } from '../lib/charts/chart.ts';

const VOLUME: Record<string, string> = {
  'freight-trains-growth': 'freight-trains',
  'freight-teu-growth': 'freight-teu',
  'freight-cargo-value-growth': 'freight-cargo-value',
};

/** Growth of the 西部陆海新通道 Jiangjin trains: trains run, containers and cargo value. */
export const freightTrains = labelledBars({
  id: 'freight-trains',
  title: '西部陆海新通道江津班列同比增长',
  caption: '江津班列的开行列数、货运量和货值比上年同期增长的百分比；柱旁注明当期的数量。',
  metrics: Object.keys(VOLUME),
  labelMetrics: Object.values(VOLUME),
  row: (observation, many) => {
    const name = observation.name.replace('江津班列', '').replace('增速', '');
    return many ? `${observation.periodLabel} ${name}` : name;
  },
  text: (observation, all) => {
    const volume = all.find(
      (other) => other.metric === VOLUME[observation.metric] && other.period === observation.period,
    );
    return volume ? `+${valueLabel(observation)} · ${valueLabel(volume)}` : `+${valueLabel(observation)}`;
  },
  axisLabel: '同比增长（%）',
});
