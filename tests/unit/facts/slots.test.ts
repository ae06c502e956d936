/** Conflicting figures get slots of their own, so a bar chart never stacks them. */
import { describe, expect, it } from 'vitest';
import { groupedBars } from '../../../src/lib/charts/kinds/grouped-bars.ts';
import { labelledBars } from '../../../src/lib/charts/kinds/labelled-bars.ts';
import { toObservations, type Observation } from '../../../src/lib/facts/observations.ts';
import { uniqueSlots } from '../../../src/lib/facts/slots.ts';
import { report } from './fixture.ts';

describe('uniqueSlots', () => {
  it('keeps a name for the first figure of a slot and numbers the others', () => {
    const figures = [
      { row: '2022年 科技型企业', value: 102 },
      { row: '2022年 科技型企业', value: 202 },
      { row: '2022年 高新技术企业', value: 68 },
    ];
    const slot = uniqueSlots(figures, (figure) => figure.row);
    expect(figures.map(slot)).toEqual([
      '2022年 科技型企业',
      '2022年 科技型企业（说法二）',
      '2022年 高新技术企业',
    ]);
  });
});

/** Two reports' different counts of new science enterprises in 2022, as observations. */
function conflicting(): Observation[] {
  return [
    report(
      'a',
      '2022年，新增科技型企业<Fact metric="tech-enterprises-new" period="2022">102家</Fact>。',
      '2022-12-31',
    ),
    report(
      'b',
      '2022年，新增科技型企业<Fact metric="tech-enterprises-new" period="2022">202家</Fact>。',
      '2023-03-01',
    ),
  ].flatMap((r) => toObservations({ slug: r.slug, title: r.title }, r.facts));
}

describe('a bar chart of conflicting figures', () => {
  it('draws them as two rows, never one stacked bar', () => {
    const chart = labelledBars({ id: 't', title: 't', caption: 't', metrics: ['tech-enterprises-new'] });
    const options = chart.plot(chart.select(conflicting()), 600) as { y?: { domain?: string[] } };
    expect(options.y?.domain).toEqual(['新增科技型企业', '新增科技型企业（说法二）']);
  });

  it('draws them as two grouped bars side by side', () => {
    const series = [{ metric: 'tech-enterprises-new', label: '科技型企业' }];
    const chart = groupedBars({ id: 't', title: 't', caption: 't', series });
    const options = chart.plot(chart.select(conflicting()), 600) as { x?: { domain?: string[] } };
    expect(options.x?.domain).toEqual(['科技型企业', '科技型企业（说法二）']);
  });
});
