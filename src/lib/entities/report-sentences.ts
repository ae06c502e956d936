/**
 * The sentences of a report's MDX body with the anchors its page gives them (see sentence-anchors.ts):
 * each paragraph cut into sentences, each photo caption whole. Headings, charts and other components
 * hold no sentences. The loader calls this once per report; mentions and timeline events are found
 * in what it returns.
 */
import { plainParagraph } from '../facts/extract.ts';
import { sentenceIds, splitSentences, type SentencePlace } from './sentence-id.ts';

/** One sentence of a report as its page shows it. */
export interface Sentence {
  /** The anchor of the sentence on the report page. */
  id: string;
  /** The sentence as a reader sees it. */
  text: string;
  /** A paragraph's sentence, or a photo caption. */
  place: SentencePlace;
}

const CAPTION = /^<Caption\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*>([\s\S]*)<\/Caption>\s*$/;
const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** The sentences of an MDX report (frontmatter included or not), in reading order. */
export function reportSentences(mdx: string): Sentence[] {
  const next = sentenceIds();
  const body = mdx.replace(FRONTMATTER, '');
  const sentences: Sentence[] = [];
  for (const block of body.split(/\r?\n[ \t]*\r?\n/)) {
    const trimmed = block.trim();
    if (!trimmed || /^#{1,6}\s/.test(trimmed)) continue;
    const caption = CAPTION.exec(trimmed);
    if (caption) {
      const text = plain(caption[1] ?? '');
      if (text) sentences.push({ id: next(text, 'caption'), text, place: 'caption' });
      continue;
    }
    // A block that is only a component (<Chart id="…" />) has no text of its own.
    if (/^<[A-Z][\s\S]*\/>$/.test(trimmed) && !trimmed.includes('</')) continue;
    // A list's items are paragraphs of their own on the page, whatever their punctuation.
    const items = /^(?:[-*+]|\d+\.)[ \t]/.test(trimmed)
      ? trimmed.split(/\r?\n(?=(?:[-*+]|\d+\.)[ \t])/)
      : [trimmed];
    for (const item of items) {
      for (const text of splitSentences(plain(item))) {
        sentences.push({ id: next(text), text, place: 'paragraph' });
      }
    }
  }
  return sentences;
}

/** A block's text as the page shows it. */
function plain(block: string): string {
  return plainParagraph(block).replace(/[\uE000\uE001]/g, '');
}
