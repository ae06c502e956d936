/**
 * An archive of N reports made from the real five, for `npm run bench:scale` and the scale test: each
 * generated report takes one real report's structure, moves it to another year (2000–2024, several
 * reports a year, publication months spread), and swaps some of its paragraphs for paragraphs of the
 * other reports. Every year word and every `<Fact>` period moves by the same number of years as the
 * paragraph it is in, so the sentences and the periods still agree and every fact stays valid.
 */
import { stringify } from 'yaml';
import type { ReportSource } from '../helpers/dist.ts';

/** A generated report file: its slug (file name without .mdx) and its text. */
export interface GeneratedReport {
  slug: string;
  text: string;
}

/** First and last year a generated report is about. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2024;

/** A small seeded random generator (mulberry32), so that the same N gives the same archive. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Years in running text: 2022年, the first year of 2021—2025年 and 2021-2023年, kept between 1990 and 2039. */
const YEAR_WORD = /(?<!\d)(19[9]\d|20[0-3]\d)(?=(?:[—–-](?:19|20)\d\d)?年)/g;

/** Move every year of a block by `delta`: the year words of its text and the periods and ids of its facts. */
export function shiftYears(block: string, delta: number): string {
  if (delta === 0) return block;
  const shift = (year: string) => String(Number(year) + delta);
  return block
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (!part.startsWith('<')) return part.replace(YEAR_WORD, shift);
      if (!part.startsWith('<Fact')) return part;
      return part.replace(
        /\b(period|id)="([^"]*)"/g,
        (_, name: string, value: string) =>
          `${name}="${value.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, shift)}"`,
      );
    })
    .join('');
}

/** The anchor a fact gets when it has no id: metric, segment and period (as src/lib/facts/resolve.ts). */
function defaultAnchor(attributes: Record<string, string>): string {
  return [attributes.metric, attributes.segment, (attributes.period ?? '').replace('/', '--')]
    .filter(Boolean)
    .join('-');
}

/** Give a fact an id of its own wherever its anchor is already used earlier in the same report. */
export function uniqueAnchors(body: string): string {
  const seen = new Set<string>();
  let counter = 0;
  return body.replace(/<Fact\b([^>]*)>/g, (tag, rest: string) => {
    const attributes = Object.fromEntries(
      [...rest.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
    );
    const anchor = attributes.id ?? defaultAnchor(attributes);
    if (!seen.has(anchor)) {
      seen.add(anchor);
      return tag;
    }
    // A fact's id prop must be lower case, though a default anchor may hold a quarter's upper-case Q.
    const stem = anchor.toLowerCase();
    let fresh = `${stem}-g${++counter}`;
    while (seen.has(fresh)) fresh = `${stem}-g${++counter}`;
    seen.add(fresh);
    return attributes.id === undefined
      ? tag.replace(/^<Fact\b/, `<Fact id="${fresh}"`)
      : tag.replace(/\bid="[^"]*"/, `id="${fresh}"`);
  });
}

/** A report's body as blocks separated by blank lines. */
function blocks(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean);
}

/** True for a plain paragraph (not a heading, chart, caption or other component). */
function isParagraph(block: string): boolean {
  return !/^(#|<Chart|<Caption|<[A-Z]|>|-\s|\d+\.\s)/.test(block);
}

/** A block with the year it was written about. */
interface Pooled {
  text: string;
  year: number;
}

/** A real report's date and period, and how many years its date lies after its period. */
function dateParts(source: ReportSource): { period: number; month: number; after: number } {
  const date = String(source.frontmatter.date);
  const period = Number(source.frontmatter.period);
  return { period, month: Number(date.slice(5, 7)), after: Number(date.slice(0, 4)) - period };
}

/**
 * `count` reports made from `sources`: the real ones first, unchanged, then generated ones until there
 * are `count` in all. Deterministic for a given `count` and `seed`.
 */
export function generateReports(sources: ReportSource[], count: number, seed = 9): GeneratedReport[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const pool: Pooled[] = sources.flatMap((source) =>
    blocks(source.body)
      .filter(isParagraph)
      .map((text) => ({ text, year: Number(source.frontmatter.period) })),
  );
  const reports: GeneratedReport[] = sources.slice(0, count).map((source) => ({
    slug: source.slug,
    text: `---\n${stringify(source.frontmatter).trim()}\n---\n${source.body}`,
  }));
  const years = LAST_YEAR - FIRST_YEAR + 1;
  for (let index = 0; reports.length < count; index++) {
    const base = sources[index % sources.length] as ReportSource;
    // Walk the years with a stride prime to their number, so every year gets reports early and evenly.
    const year = FIRST_YEAR + ((index * 7) % years);
    const { period, month, after } = dateParts(base);
    const delta = year - period;
    const body = blocks(base.body).map((block) => {
      if (!isParagraph(block) || random() > 0.35) return shiftYears(block, delta);
      const other = pick(pool);
      return shiftYears(other.text, year - other.year);
    });
    const publishedMonth = Math.min(12, Math.max(1, month - Math.floor(random() * 4)));
    const day = 1 + Math.floor(random() * 28);
    // A generated report has its own date, so the real report's note on how its date was found goes.
    const { dateNote: _dateNote, ...kept } = base.frontmatter;
    const frontmatter = {
      ...kept,
      title: `${shiftYears(base.frontmatter.title, delta)}（之${Math.floor(index / years) + 1}）`,
      date: `${year + after}-${String(publishedMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      period: year,
      summary: shiftYears(String(base.frontmatter.summary), delta),
    };
    const slug = `${year}-${base.slug.replace(/^\d{4}-/, '')}-${String(index + 1).padStart(4, '0')}`;
    reports.push({
      slug,
      text: `---\n${stringify(frontmatter).trim()}\n---\n\n${uniqueAnchors(body.join('\n\n'))}\n`,
    });
  }
  return reports;
}
