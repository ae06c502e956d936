/**
 * The dataset as published: /data/indicators.json and .csv hold every figure, each quote is a real
 * sentence of its report page that contains its value, and each link lands on the figure's anchor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mentionsValue } from '../../src/lib/facts/resolve.ts';
import { DIST, loadPage, requireDist } from '../helpers/dist.ts';

interface Row {
  metric: string;
  name: string;
  period: string;
  value: number;
  unit: string;
  qualifier: string;
  report: string;
  quote: string;
}

beforeAll(requireDist);

const rows = (): Row[] => JSON.parse(readFileSync(join(DIST, 'data/indicators.json'), 'utf8')) as Row[];

/** Page text as a reader reads it: whitespace between elements does not count. */
const flat = (text: string) => text.replace(/\s+/g, '');

/**
 * True when `quote` is a whole sentence of a paragraph of the report body: it starts where the paragraph
 * or a sentence (。！？； and closing quotes) starts, and ends at a sentence end or the paragraph's end.
 */
function isWholeSentence(document: Document | undefined, quote: string): boolean {
  const paragraphs = [...(document?.querySelectorAll('[data-report-body] p') ?? [])].map((p) =>
    flat(p.textContent ?? ''),
  );
  return paragraphs.some((text) => {
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      const starts = at === 0 || /[。！？；][”’」』）)]*$/.test(text.slice(0, at));
      const ends = at + quote.length === text.length || /[。！？；][”’」』）)]*$/.test(quote);
      if (starts && ends) return true;
    }
    return false;
  });
}

describe('/data/indicators.json', () => {
  it('holds at least 120 observations over at least 25 metrics', () => {
    expect(rows().length).toBeGreaterThanOrEqual(120);
    expect(new Set(rows().map((row) => row.metric)).size).toBeGreaterThanOrEqual(25);
  });

  it('quotes for every figure a whole sentence of its report page that contains the value', () => {
    const pages = new Map<string, { body: string; document: Document }>();
    const wrong: string[] = [];
    for (const row of rows()) {
      const url = new URL(row.report);
      if (!pages.has(url.pathname)) {
        const document = loadPage(url.pathname);
        pages.set(url.pathname, {
          body: flat(document.querySelector('[data-report-body]')?.textContent ?? ''),
          document,
        });
      }
      const page = pages.get(url.pathname);
      const anchor = page?.document.getElementById(decodeURIComponent(url.hash.slice(1)));
      const quote = flat(row.quote);
      if (!page?.body.includes(quote)) wrong.push(`${row.report}: quote not on the page: ${row.quote}`);
      if (!isWholeSentence(page?.document, quote))
        wrong.push(`${row.report}: not a whole sentence: ${row.quote}`);
      if (!mentionsValue(row.quote, row.value)) wrong.push(`${row.report}: ${row.value} not in ${row.quote}`);
      if (!anchor?.classList.contains('fact')) wrong.push(`${row.report}: no fact at this anchor`);
      else if (!quote.includes(flat(anchor.textContent ?? ''))) {
        wrong.push(`${row.report}: the anchored text is not in the quote`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives each figure its own anchor', () => {
    const links = rows().map((row) => row.report);
    expect(new Set(links).size).toBe(links.length);
  });
});

describe('/data/indicators.csv', () => {
  const csv = () => readFileSync(join(DIST, 'data/indicators.csv'), 'utf8');

  it('starts with a byte-order mark so Excel reads UTF-8, and has one line per observation', () => {
    expect(csv().charCodeAt(0)).toBe(0xfeff);
    expect(csv().split('\r\n').filter(Boolean)).toHaveLength(rows().length + 1);
    expect(csv()).toContain('industrial-output,规上工业总产值,,,2022,1797.4,亿元,');
  });
});

describe('/data/', () => {
  it('lists every observation with filters and the downloads', () => {
    const document = loadPage('/data/');
    expect(document.querySelectorAll('tbody tr')).toHaveLength(rows().length);
    for (const name of ['metric', 'year', 'report'])
      expect(document.querySelector(`select[name=${name}]`)).not.toBeNull();
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(['/data/indicators.csv', '/data/indicators.json', '/data/README.md']),
    );
  });

  it('has a README that explains the columns and qualifiers', () => {
    const readme = readFileSync(join(DIST, 'data/README.md'), 'utf8');
    for (const word of ['metric', 'quote', 'more-than', '引用']) expect(readme).toContain(word);
  });
});

describe('indicator pages', () => {
  it('show the chart, every value linked to its sentence, and the definition', () => {
    const document = loadPage('/indicators/industrial-output/');
    expect(document.querySelector('figure.chart picture img')).not.toBeNull();
    const values = rows().filter((row) => row.metric === 'industrial-output');
    const links = [...document.querySelectorAll('.data-table a')].map((a) => a.getAttribute('href'));
    for (const row of values)
      expect(links).toContain(new URL(row.report).pathname + new URL(row.report).hash);
    expect(document.querySelector('.lede')?.textContent).toContain('规模以上工业企业');
  });

  it('say where the reports disagree', () => {
    expect(
      loadPage('/indicators/tech-enterprises-new/').querySelector('.indicator-notes')?.textContent,
    ).toContain('说法不一');
    expect(loadPage('/indicators/industrial-output/').querySelector('.indicator-notes')).toBeNull();
  });
});
