/**
 * Stable anchors for the sentences of a report. The page (a HAST plugin) and the text side (mentions,
 * timeline events) compute the same id from the sentence's text alone, so a link made from the text
 * always lands on the sentence the page shows, whatever else the page adds around it.
 */

/** The text a sentence id is computed from: the sentence with all whitespace removed. */
export function sentenceKey(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** FNV-1a over UTF-16 code units: short, stable across runs and platforms, no dependency. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Where a sentence stands: a paragraph of the story (`s-…`) or a photo caption (`c-…`). */
export type SentencePlace = 'paragraph' | 'caption';

/**
 * Hands out sentence ids in document order. A sentence printed twice in one report gets `-2`, `-3`… on
 * its later copies, counted separately for paragraphs and captions so the two can be visited apart.
 */
export function sentenceIds(): (text: string, place?: SentencePlace) => string {
  const seen = new Map<string, number>();
  return (text, place = 'paragraph') => {
    const base = `${place === 'caption' ? 'c' : 's'}-${fnv1a(sentenceKey(text)).toString(36)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
