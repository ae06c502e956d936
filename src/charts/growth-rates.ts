import { groupedBars } from '../lib/charts/kinds/grouped-bars.ts';

/** Growth of industrial output and of the emerging industries, year by year. */
export const growthRates = groupedBars({
  id: 'growth-rates',
  title: '工业产值增速：全区与新兴产业',
  caption:
    '规上工业总产值、战略性新兴产业（或制造业，按各报道的口径）产值和数字制造业产值比上年增长的百分比。',
  series: [
    { metric: 'industrial-output-growth', label: '规上工业总产值' },
    { metric: 'cluster-output-growth', segment: 'strategic-emerging', label: '战略性新兴产业' },
    // 制造业 is a narrower scope than 产业: its own series, never joined to the other.
    {
      metric: 'cluster-output-growth',
      segment: 'strategic-emerging-manufacturing',
      label: '战略性新兴制造业',
    },
    { metric: 'cluster-output-growth', segment: 'digital-manufacturing', label: '数字制造业' },
  ],
  fullYearsOnly: true,
});
