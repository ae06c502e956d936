/**
 * The text cleanup of one paragraph, heading or caption, counting what it changed so that the importer
 * can tell the editor. Each step is idempotent: cleaning clean text changes nothing.
 */
import { fullWidthPunctuation, undoubleMarks } from './punctuation.ts';
import { cleanHeadlineSpaces, removeDebrisSpaces, type Cleaned } from './spacing.ts';

/** What the importer changed, for the summary it prints. */
export interface ImportStats {
  /** Line breaks removed inside a paragraph, caption or heading. */
  linesJoined: number;
  /** Lines printed twice by a faux-bold PDF, printed once. */
  runsUndone: number;
  /** Punctuation marks printed twice in a row, printed once. */
  marksUndoubled: number;
  /** Spaces removed between Chinese characters, numbers and Latin words. */
  spacesRemoved: number;
  /** Half-width punctuation marks made full-width. */
  punctuationConverted: number;
  /** Lines guessed to be headings. */
  headings: number;
  /** Lines guessed to be photo captions. */
  captions: number;
  /** Lines guessed to be bylines or picture credits. */
  bylines: number;
  /** Characters escaped so that MDX reads them as text. */
  escaped: number;
  /** Scripts, frames, styles and tags with handlers or javascript: addresses, kept as text (unsafe-markup.ts). */
  unsafeMarkup: number;
}

/** Stats with every count at zero. */
export function emptyStats(): ImportStats {
  return {
    linesJoined: 0,
    runsUndone: 0,
    marksUndoubled: 0,
    spacesRemoved: 0,
    punctuationConverted: 0,
    headings: 0,
    captions: 0,
    bylines: 0,
    escaped: 0,
    unsafeMarkup: 0,
  };
}

/** How a piece of text is set: as running text, or as a headline whose parts keep their gap. */
export type TextKind = 'paragraph' | 'headline';

/**
 * Clean one piece of text: spaces out, punctuation full-width, doubled marks once. Counts go into
 * `stats` when given. Spaces are removed again after punctuation changes, since `江津 ,` only shows its
 * debris once the comma is full-width.
 */
export function cleanText(text: string, kind: TextKind = 'paragraph', stats?: ImportStats): string {
  const spaces = (input: string): Cleaned =>
    kind === 'headline' ? cleanHeadlineSpaces(input) : removeDebrisSpaces(input);
  const first = spaces(text.trim());
  const punctuation = fullWidthPunctuation(first.text);
  const second = spaces(punctuation.text);
  const marks = undoubleMarks(second.text);
  if (stats) {
    stats.spacesRemoved += first.changes + second.changes;
    stats.punctuationConverted += punctuation.changes;
    stats.marksUndoubled += marks.changes;
  }
  return marks.text.trim();
}
