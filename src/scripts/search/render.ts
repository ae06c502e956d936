/**
 * Drawing search results. Every string from the query or the index goes in through `textContent` or an
 * attribute, never `innerHTML`, so a query such as `<img src=x onerror=alert(1)>` stays text.
 */
import { href, PARAMS } from '../../consts.ts';
import { partialExcerpt, phraseExcerpt, type Segment } from '../../lib/search/excerpt.ts';
import type { RankedResult } from '../../lib/search/rank.ts';
import { isStored, saveWhenOnline } from '../offline/save.ts';

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

/** The link to a result (under the base path), carrying the phrase so that the page can highlight it. */
export function resultHref(url: string, query: string): string {
  const target = new URL(href(url), location.origin);
  target.searchParams.set(PARAMS.highlight, query);
  return target.pathname + target.search + target.hash;
}

/** Where drawn items keep their result, so that excerpts can be filled in later. */
const drawn = new WeakMap<HTMLLIElement, { result: RankedResult; query: string; compact: boolean }>();

/**
 * One result as a list item: title link, kind and date from the index at once; the excerpt once the
 * page's text is loaded (see {@link fillExcerpts}). Compact items (the header panel) show an excerpt
 * only for exact matches.
 */
export function resultItem(result: RankedResult, query: string, compact = false): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  item.dataset.exact = String(result.exact);
  item.dataset.checked = String(result.checked);
  const link = document.createElement('a');
  link.href = resultHref(result.page.url, query);
  link.className = 'search-result__title';
  link.textContent = result.page.title;
  item.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  const match = !result.exact ? '仅含部分字词' : result.checked ? null : '离线未能核对是否含完整词语';
  meta.textContent = [result.page.label, result.page.date, match].filter(Boolean).join(' · ');
  item.append(meta);
  drawn.set(item, { result, query, compact });
  if (!compact) {
    // The excerpt arrives after the item is drawn: its three lines are held for it, so nothing moves.
    const slot = document.createElement('p');
    slot.className = 'search-result__excerpt-slot';
    item.append(slot);
  }
  showExcerpt(item);
  if (!navigator.onLine) void markUnsaved(item, result.page.url);
  return item;
}

/** Offline: says so on a result whose page is not stored, and offers to save it when the network returns. */
async function markUnsaved(item: HTMLLIElement, url: string): Promise<void> {
  if (await isStored(url)) return;
  const note = document.createElement('p');
  note.className = 'search-result__offline';
  note.append('此页尚未保存到本机，离线时无法打开。');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '联网后保存';
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = '将在联网后保存';
    void saveWhenOnline(url).then(async () => {
      if (await isStored(url)) {
        button.textContent = '已保存';
        note.firstChild!.textContent = '此页已保存到本机。';
      }
    });
  });
  note.append(button);
  item.dataset.saved = 'false';
  item.append(note);
}

/** Adds the excerpt to a drawn item whose result's text is loaded. */
function showExcerpt(item: HTMLLIElement): void {
  const entry = drawn.get(item);
  if (!entry || item.querySelector('.search-result__excerpt')) return;
  const { result, query, compact } = entry;
  if (!result.data || (compact && !result.exact)) return;
  const radius = compact ? 18 : 40;
  const segments =
    (result.exact && phraseExcerpt(result.data.content, query, radius)) ||
    partialExcerpt(result.data.content, query, radius);
  const paragraph = segmentsElement(segments);
  paragraph.className = 'search-result__excerpt';
  const slot = item.querySelector('.search-result__excerpt-slot');
  if (slot) slot.replaceWith(paragraph);
  else item.append(paragraph);
}

/**
 * Loads the text of the drawn `items`' results (one fragment each, in rank order, at most 6 at once)
 * and adds their excerpts. A fragment that cannot load (offline, not saved) leaves the item without one.
 */
export async function fillExcerpts(items: HTMLLIElement[]): Promise<void> {
  const queue = items.filter((item) => {
    const entry = drawn.get(item);
    return entry && !(entry.compact && !entry.result.exact);
  });
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      await drawn
        .get(item)
        ?.result.load()
        .then(() => showExcerpt(item))
        .catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, queue.length) }, worker));
}

/** Result items for `results`, in rank order. */
export function resultItems(results: RankedResult[], query: string, compact = false): HTMLLIElement[] {
  return results.map((result) => resultItem(result, query, compact));
}
