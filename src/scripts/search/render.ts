/**
 * Drawing search results. Every string from the query or the index goes in through `textContent` or an
 * attribute, never `innerHTML`, so a query such as `<img src=x onerror=alert(1)>` stays text.
 */
import { markedSegments, phraseExcerpt, type Segment } from '../../lib/search/excerpt.ts';
import type { RankedResult, ResultData } from '../../lib/search/rank.ts';

/** The query parameter a report page reads to highlight the searched phrase. */
export const HIGHLIGHT_PARAM = 'hl';

/** A paragraph of text runs, the marked ones in `<mark>`. */
export function segmentsElement(segments: Segment[], tag = 'p'): HTMLElement {
  const element = document.createElement(tag);
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      element.append(mark);
    } else {
      element.append(segment.text);
    }
  }
  return element;
}

/** The link to a result, carrying the phrase so that the page can highlight it. */
export function resultHref(url: string, query: string): string {
  const target = new URL(url, location.origin);
  target.searchParams.set(HIGHLIGHT_PARAM, query);
  return target.pathname + target.search + target.hash;
}

/** One result as a list item: title link, date, and an excerpt with the phrase (or its words) marked. */
export function resultItem(
  result: RankedResult,
  data: ResultData,
  query: string,
  compact = false,
): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  item.dataset.exact = String(result.exact);
  const link = document.createElement('a');
  link.href = resultHref(data.url, query);
  link.className = 'search-result__title';
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  meta.textContent = [data.meta.label, data.meta.date, result.exact ? null : '仅含部分字词']
    .filter(Boolean)
    .join(' · ');
  item.append(meta);
  if (!compact || result.exact) {
    const excerpt =
      (result.exact && phraseExcerpt(data.content, query, compact ? 18 : 40)) || markedSegments(data.excerpt);
    const paragraph = segmentsElement(excerpt);
    paragraph.className = 'search-result__excerpt';
    item.append(paragraph);
  }
  return item;
}

/** Result items for every ranked result whose data is loaded (all of them but a very long list's tail). */
export function resultItems(results: RankedResult[], query: string, compact = false): HTMLLIElement[] {
  return results.flatMap((result) => (result.data ? [resultItem(result, result.data, query, compact)] : []));
}
