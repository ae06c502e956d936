/**
 * Finding the searched phrase in a page's text, for excerpts and for highlighting it on the page.
 * Works on plain strings and returns text segments, so the browser builds nodes from them with
 * `textContent` and never parses a query or a page's text as HTML.
 */
import { phraseKey } from './query.ts';

/** A run of text, marked when it is (part of) the searched phrase. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** What the phrase comparison ignores: whitespace, punctuation and symbols. */
const IGNORED = /[\s\p{P}\p{S}\u3000]/u;

/**
 * Where `query` occurs in `text` as `[start, end)` offsets into `text` (UTF-16), whitespace, punctuation
 * and letter case ignored, so “专精特新” and 专精 特新 both match 专精特新. At most `limit` matches.
 */
export function findPhrase(text: string, query: string, limit = 100): Array<[number, number]> {
  const key = phraseKey(query);
  if (!key) return [];
  // The compared characters of `text`, each with its offset in `text`.
  let kept = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const normal = char.normalize('NFKC').toLowerCase();
    if (!IGNORED.test(char)) {
      for (const unit of normal) {
        kept += unit;
        offsets.push(index);
      }
    }
    index += char.length;
  }
  const spans: Array<[number, number]> = [];
  for (
    let from = kept.indexOf(key);
    from !== -1 && spans.length < limit;
    from = kept.indexOf(key, from + key.length)
  ) {
    const last = offsets[from + key.length - 1] ?? 0;
    const width = (text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
    spans.push([offsets[from] ?? 0, last + width]);
  }
  return spans;
}

/**
 * Pagefind joins a page's blocks (heading, paragraph) with ". "; between Chinese text that reads as a
 * stray full stop, so an excerpt shows the break as a middle dot.
 */
function tidyBreaks(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\p{Pe}\p{Pf}])\. (?=\S)/gu, ' · ');
}

/**
 * An excerpt of about `radius` characters either side of the first occurrence of `query` in `content`,
 * the phrase marked; null when the content does not hold it.
 */
export function phraseExcerpt(content: string, query: string, radius = 40): Segment[] | null {
  const [first] = findPhrase(content, query, 1);
  if (!first) return null;
  const [start, end] = first;
  const from = Math.max(0, start - radius);
  const to = Math.min(content.length, end + radius);
  const segments: Segment[] = [];
  const before = tidyBreaks(content.slice(from, start));
  const after = tidyBreaks(content.slice(end, to));
  if (before) segments.push({ text: (from > 0 ? '…' : '') + before, mark: false });
  segments.push({ text: content.slice(start, end), mark: true });
  if (after) segments.push({ text: after + (to < content.length ? '…' : ''), mark: false });
  return segments;
}

/**
 * An excerpt for a page holding the query's characters apart: around the first pair of adjacent query
 * characters the page holds (marked), or the page's opening when it holds none.
 */
export function partialExcerpt(content: string, query: string, radius = 40): Segment[] {
  const chars = Array.from(phraseKey(query));
  for (let index = 0; index + 1 < chars.length; index++) {
    const excerpt = phraseExcerpt(content, chars[index]! + chars[index + 1]!, radius);
    if (excerpt) return excerpt;
  }
  const opening = Array.from(content);
  return [
    {
      text: tidyBreaks(opening.slice(0, radius * 2).join('')) + (opening.length > radius * 2 ? '…' : ''),
      mark: false,
    },
  ];
}
