import { groupedBars } from '../lib/charts/kinds/grouped-bars.ts';

/** Agreed and paid-in investment, year by year and for the part-years the reports give. */
export const investmentAgreed = groupedBars({
  id: 'investment-agreed',
  title: '招商引资：协议引资与实到资金',
  caption:
    '全区招商引资的协议引资和实到资金（亿元），包括报道给出的年内部分月份数；数字前的“超过”“近”照录原文。',
  series: [
    { metric: 'investment-agreed', label: '协议引资' },
    { metric: 'investment-paid-in', label: '实到资金' },
  ],
});
