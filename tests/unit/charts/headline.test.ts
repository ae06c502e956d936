/**
 * The home page's headline chart states the gap to the newest target, and its downloads say the same:
 * the drawings' titles and the share card carry the title the page prints, not the chart's trend.
 */
import { describe, expect, it } from 'vitest';
import { headlineOutput } from '../../../src/charts/headline-output.ts';
import { chartFiles, shareCard, type ChartSite } from '../../../src/lib/charts/files.ts';
import { chartEntry } from '../../../src/lib/charts/view.ts';
import { OUTPUT } from './fixtures.ts';

const site: ChartSite = {
  title: '江津工业经济数据故事',
  url: (path) => `https://example.org${path}`,
  dates: new Map([
    ['report-2019', new Date('2019-12-31')],
    ['report-2020', new Date('2020-12-27')],
    ['report-2021', new Date('2021-12-31')],
    ['report-2022', new Date('2022-12-31')],
    ['report-2023', new Date('2023-12-31')],
  ]),
};
const GAP = '距2025年2500亿元目标还差547亿元：2年需年均增长13.1%';

describe('the headline chart', () => {
  const entry = chartEntry(headlineOutput, OUTPUT, 'recent');

  it('states the gap to the newest (revised) target and the growth it needs', () => {
    expect(headlineOutput.message?.(entry.data, site.dates)).toBe(GAP);
  });

  it('states the trend when no report sets a target', () => {
    const untargeted = entry.data.filter((o) => o.metric !== 'industrial-output-target');
    const message = headlineOutput.message?.(untargeted, site.dates) ?? '';
    expect(message).not.toContain('目标');
    expect(message).toContain('1953');
  });

  it('prints the gap on its share card, with the chart’s name leading the subtitle', () => {
    const card = shareCard(entry, site, {
      message: headlineOutput.message?.(entry.data, site.dates),
      drawings: [],
      sources: [],
    });
    expect(card.title).toBe(GAP);
    expect(card.subtitle.startsWith(`${headlineOutput.title}。`)).toBe(true);
  });

  it('titles every drawing (the SVG and PNG downloads) as the page does', async () => {
    const files = await chartFiles(entry, site);
    const drawings = files.filter((file) => file.name.endsWith('.svg'));
    expect(drawings).toHaveLength(6);
    for (const file of drawings) expect(String(file.body)).toContain(`${GAP}</title>`);
  });
});
