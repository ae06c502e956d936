/**
 * A ready citation of a chart: a GB/T 7714 line for Chinese readers, BibTeX and CSL-JSON for reference
 * managers. The author is the site; the date is that of the newest report the figures come from.
 */
import { chineseDate, type SourceReport } from './sources.ts';

/** What a citation names. */
export interface CitationInput {
  key: string;
  title: string;
  /** The site's full name (SITE_TITLE). */
  site: string;
  /** The chart's permanent absolute address. */
  url: string;
  sources: SourceReport[];
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The citation as a line of text (GB/T 7714—2015, electronic resource). */
export function citationText({ title, site, url, sources }: CitationInput): string {
  const date = sources[0]?.date;
  return `${site}. ${title}[EB/OL]. ${date ? `(${iso(date)})` : ''}. ${url}.`;
}

/** BibTeX of the citation. */
export function citationBibtex({ key, title, site, url, sources }: CitationInput): string {
  const date = sources[0]?.date;
  const note = sources.map((source) => `《${source.title}》（${chineseDate(source.date)}）`).join('；');
  return [
    `@misc{jiangjin-${key},`,
    `  title = {${title}},`,
    `  author = {{${site}}},`,
    ...(date ? [`  year = {${date.getUTCFullYear()}},`] : []),
    `  url = {${url}},`,
    `  note = {数据来源：${note}},`,
    `}`,
  ].join('\n');
}

/** CSL-JSON of the citation (one item), for Zotero and other reference managers. */
export function citationCsl({ key, title, site, url, sources }: CitationInput): string {
  const date = sources[0]?.date;
  const item = {
    id: `jiangjin-${key}`,
    type: 'figure',
    title,
    author: [{ literal: site }],
    publisher: site,
    URL: url,
    ...(date
      ? { issued: { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] } }
      : {}),
    note: sources.map((source) => `《${source.title}》`).join('、'),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
