import { groupedBars } from '../lib/charts/kinds/grouped-bars.ts';

/** Digital workshops and smart factories newly built each year. */
export const smartManufacturingNew = groupedBars({
  id: 'smart-manufacturing-new',
  title: '每年新建的数字化车间和智能工厂',
  caption: '各年新认定或建成的数字化车间和智能工厂个数（2020年报道称“智能化工厂”）。',
  series: [
    { metric: 'digital-workshops-new', label: '数字化车间' },
    { metric: 'smart-factories-new', label: '智能工厂' },
  ],
  fullYearsOnly: true,
});
