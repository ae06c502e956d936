/**
 * On a page opened from a search result (`?hl=专精特新`): marks every occurrence of the phrase in the
 * report text, across element boundaries and punctuation, and scrolls the first into view.
 */
import { findPhrase } from '../../lib/search/excerpt.ts';

/** The text nodes of `root` a reader sees as the report, skipping what the index skips. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps `[start, end)` of one text node in a `<mark>`. */
function markRange(node: Text, start: number, end: number): HTMLElement {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const mark = document.createElement('mark');
  mark.className = 'search-hit';
  range.surroundContents(mark);
  return mark;
}

/** Marks `query` in `root` and scrolls the first mark into view; returns how many marks it made. */
export function highlightPhrase(root: Element, query: string): number {
  const nodes = textNodes(root);
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const pieces: Array<[Text, number, number]> = [];
  for (const [start, end] of findPhrase(text, query)) {
    nodes.forEach((node, index) => {
      const from = starts[index] ?? 0;
      const to = from + node.data.length;
      if (to > start && from < end)
        pieces.push([node, Math.max(start, from) - from, Math.min(end, to) - from]);
    });
  }
  // Last piece first, so earlier offsets in the same node stay valid.
  const marks = pieces
    .reverse()
    .map(([node, start, end]) => markRange(node, start, end))
    .reverse();
  marks[0]?.scrollIntoView({ block: 'center' });
  return marks.length;
}
