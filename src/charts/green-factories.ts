import { groupedBars } from '../lib/charts/kinds/grouped-bars.ts';

/** Green factories newly recognised each year, national and municipal. */
export const greenFactories = groupedBars({
  id: 'green-factories',
  title: '每年新增的绿色工厂',
  caption: '各年新增的国家级、市级绿色工厂个数；2022年的报道未分级别，单列为“未分级别”。',
  series: [
    { metric: 'green-factories-new', segment: 'national', label: '国家级' },
    { metric: 'green-factories-new', segment: 'municipal', label: '市级' },
    { metric: 'green-factories-new', segment: 'all-levels', label: '未分级别' },
  ],
  fullYearsOnly: true,
});
