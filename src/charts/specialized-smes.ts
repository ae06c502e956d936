import { groupedBars } from '../lib/charts/kinds/grouped-bars.ts';

/** 专精特新 and 小巨人 enterprises newly recognised each year. */
export const specializedSmes = groupedBars({
  id: 'specialized-smes',
  title: '每年新增的专精特新和“小巨人”企业',
  caption: '各年新增的市级“专精特新”企业和国家级专精特新“小巨人”企业家数。',
  series: [
    { metric: 'specialized-smes-new', label: '市级专精特新' },
    { metric: 'little-giants-new', label: '国家级“小巨人”' },
  ],
  fullYearsOnly: true,
});
