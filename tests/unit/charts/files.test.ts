/** The pure parts of chart files: windows, labels that never collide, tooltips, messages, downloads, font. */
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { citationBibtex, citationCsl, citationText } from '../../../src/lib/charts/cite.ts';
import { chartCsv } from '../../../src/lib/charts/csv.ts';
import { declutter } from '../../../src/lib/charts/declutter.ts';
import { PNG_FONT_FAMILY, fontFilesFor } from '../../../src/lib/charts/font.ts';
import { latestMessage, trendMessage } from '../../../src/lib/charts/message.ts';
import { LABEL_ROOM, markAt, placeTip } from '../../../src/lib/charts/tips.ts';
import { chartEntry } from '../../../src/lib/charts/view.ts';
import { indicatorChart } from '../../../src/charts/indicator.ts';
import { CUMULATIVE, OUTPUT, SMES } from './fixtures.ts';

const tech = indicatorChart({ id: 'tech-enterprises', name: '高新技术企业', unit: '家' });

describe('what a chart shows where', () => {
  it('shows the latest six periods on a report page and the whole series on an indicator page', () => {
    const recent = chartEntry(tech, CUMULATIVE, 'recent');
    expect(recent.key).toBe('indicator-tech-enterprises-recent');
    expect(new Set(recent.data.map((o) => o.period))).toEqual(
      new Set(['2018', '2019', '2020', '2021', '2022', '2023']),
    );
    expect(recent.total).toBe(11);
    const full = chartEntry(tech, CUMULATIVE, 'full');
    expect([full.key, full.data.length]).toEqual(['indicator-tech-enterprises', 11]);
  });

  it('is one chart, one key, when nothing is left out', () => {
    expect(chartEntry(tech, CUMULATIVE.slice(0, 4), 'recent').key).toBe('indicator-tech-enterprises');
  });
});

describe('labels', () => {
  const svg = (texts: string) =>
    parseHTML(`<svg width="200" height="100" font-size="13">${texts}</svg>`).document.querySelector('svg')!;

  it('drop a value label that would overlap a later one; axis labels go first; one at the edge moves in', () => {
    const root = svg(
      '<g aria-label="y-axis tick label" text-anchor="end"><text transform="translate(40,50)">1,000</text></g>' +
        '<g aria-label="text" text-anchor="middle"><text transform="translate(42,50)">1,357</text>' +
        '<text transform="translate(100,50)">超过1,600</text><text transform="translate(120,50)">1,797.4</text>' +
        '<text transform="translate(190,20)">2,500</text></g>',
    );
    expect(declutter(root, 200, 100, 13)).toEqual(['超过1,600', '1,357']);
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      '1,000',
      '1,797.4',
      '2,500',
    ]);
    // Moved a few px to the left, wholly inside the drawing, rather than dropped.
    expect([...root.querySelectorAll('text')].at(-1)?.getAttribute('transform')).toBe('translate(182,20)');
  });

  it('move a value label off the chart’s line and an axis’s tick marks, away from its mark', () => {
    const root = svg(
      '<g fill="none" stroke="blue" stroke-width="2.5"><path d="M20,80L180,20" /></g>' +
        '<g fill="none" stroke="currentColor"><path d="M0,0L-6,0" transform="translate(40,40)" /></g>' +
        '<g aria-label="text" text-anchor="middle" transform="translate(0,-13)">' +
        '<text transform="translate(100,60)">1,357</text><text transform="translate(44,50)">12</text></g>',
    );
    expect(declutter(root, 200, 100, 13)).toEqual([]);
    const moved = [...root.querySelectorAll('text')].map((t) => t.getAttribute('transform'));
    expect(moved).not.toContain('translate(100,60)');
    expect(moved).not.toContain('translate(44,50)');
  });
});

describe('tooltips', () => {
  const marks = [
    { x: 10, y: 60, w: 20, h: 40, tip: 'a' },
    { x: 50, y: 5, w: 20, h: 95, tip: 'b' },
  ];

  it('find the mark under the pointer, or the nearest within reach', () => {
    expect(markAt(marks, 15, 80)?.tip).toBe('a');
    expect(markAt(marks, 36, 80)?.tip).toBe('a');
    expect(markAt(marks, 100, 10)).toBeUndefined();
  });

  it('sit above the mark and its value label, or below the mark when there is no room above', () => {
    const above = placeTip(marks[0]!, 2, 400, 80, 24);
    expect(above.below).toBe(false);
    expect(above.edge).toBeLessThanOrEqual((60 - LABEL_ROOM) * 2);
    const below = placeTip(marks[1]!, 2, 400, 80, 24);
    expect(below.below).toBe(true);
    expect(below.edge).toBeGreaterThanOrEqual(100 * 2);
    expect(placeTip(marks[0]!, 2, 400, 80, 24).left).toBeGreaterThanOrEqual(40);
  });
});

describe('titles that state the message', () => {
  it('say how a series changed from its first to its latest whole year', () => {
    const actual = OUTPUT.filter((o) => o.metric === 'industrial-output');
    expect(trendMessage(actual)).toBe('规上工业总产值从2019年1200亿元增至2023年1953亿元');
  });

  it('say nothing where the reports disagree at an end', () => {
    const conflicting = CUMULATIVE.filter((o) => Number(o.period) <= 2020);
    expect(trendMessage(conflicting)).toBeUndefined();
  });

  it('name each series in the latest period', () => {
    expect(latestMessage(SMES, (o) => o.name)).toBe(
      '2023年：新增市级专精特新企业74家、新增国家级小巨人企业5家',
    );
  });
});

describe('downloads', () => {
  it('CSV: UTF-8 with a BOM, quoted where needed, absolute report links', () => {
    const csv = chartCsv(OUTPUT.slice(0, 1), (path) => `https://example.org${path}`);
    expect(csv.startsWith('\uFEFFperiod,metric,name,')).toBe(true);
    expect(csv).toContain(
      '2019,industrial-output,规上工业总产值,,1200,亿元,,https://example.org/reports/report-2019/#industrial-output-2019,',
    );
  });

  it('citation: GB/T 7714 text, BibTeX and CSL-JSON with the newest source date', () => {
    const input = {
      key: 'x',
      title: '产值',
      site: '江津工业经济数据故事',
      url: 'https://example.org/charts/x/',
      sources: [{ slug: 'a', title: '报道甲', date: new Date('2023-12-31') }],
    };
    expect(citationText(input)).toBe(
      '江津工业经济数据故事. 产值[EB/OL]. (2023-12-31). https://example.org/charts/x/.',
    );
    expect(citationBibtex(input)).toContain('year = {2023}');
    expect(JSON.parse(citationCsl(input))[0].issued['date-parts']).toEqual([[2023, 12, 31]]);
  });
});

describe('the PNG font', () => {
  /** How many pixels a text draws in the given fonts, with no system font. */
  const inked = (fontFiles: string[]) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-size="28" font-family="${PNG_FONT_FAMILY}">江津</text></svg>`;
    const image = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT_FAMILY },
    }).render();
    return image.pixels.filter((value, index) => index % 4 === 3 && value > 0).length;
  };

  it('comes from npm and draws Chinese with no system font', () => {
    const files = fontFilesFor('江津');
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(6);
    expect(inked([])).toBe(0);
    expect(inked(files)).toBeGreaterThan(200);
  });

  it('draws a share card’s bold title all in bold: one face a weight, holding every character', () => {
    // Characters from many of the font's slices, as a card's title and its regular lines have.
    const title = '江津规上工业总产值走势：距目标还差五百亿元，需年均增长';
    const files = fontFilesFor(`${title}数据来源：报道整理，扫码阅读全文`, title);
    expect(files).toHaveLength(2);
    const draw = (fontFiles: string[], weight: number) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="40"><text x="4" y="30" font-size="28" font-weight="${weight}" font-family="${PNG_FONT_FAMILY}">${title}</text></svg>`;
      const image = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT_FAMILY },
      }).render();
      return Buffer.from(image.pixels);
    };
    // With both weights loaded, the title draws exactly as with the bold face alone, and the
    // regular text exactly as with the regular face alone: no glyph of the other weight slips in.
    const [regular = '', bold = ''] = files;
    expect(draw(files, 700).equals(draw([bold], 700))).toBe(true);
    expect(draw(files, 400).equals(draw([regular], 400))).toBe(true);
    expect(draw(files, 700).equals(draw(files, 400))).toBe(false);
  });
});
