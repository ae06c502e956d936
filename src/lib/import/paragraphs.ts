/**
 * Running text back into paragraphs. Newspaper columns break lines every dozen characters; a paragraph
 * ends where a line ends a sentence well short of the column's width, as a paragraph's last line does.
 */
import { endsSentence, visualWidth } from './chars.ts';
import type { ImportStats } from './clean.ts';
import type { SourceLine } from './lines.ts';

/** A line this much narrower than the lines around it, ending a sentence, ends its paragraph. */
const SHORT_LINE_RATIO = 0.8;
/** How many lines either side give the column's width. */
const WIDTH_WINDOW = 4;

/** The widest line within a few lines of `at`, not counting `at` itself: the column's width there. */
function columnWidth(lines: readonly SourceLine[], at: number): number {
  let widest = 0;
  for (let i = Math.max(0, at - WIDTH_WINDOW); i <= Math.min(lines.length - 1, at + WIDTH_WINDOW); i++) {
    if (i !== at) widest = Math.max(widest, visualWidth(lines[i]?.text ?? ''));
  }
  return widest;
}

/** Split a run of running text into paragraphs, each a list of its lines. */
export function splitParagraphs(lines: readonly SourceLine[]): SourceLine[][] {
  const paragraphs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  lines.forEach((line, at) => {
    current.push(line);
    const last = at === lines.length - 1;
    if (
      last ||
      (endsSentence(line.text) && visualWidth(line.text) < SHORT_LINE_RATIO * columnWidth(lines, at))
    ) {
      paragraphs.push(current);
      current = [];
    }
  });
  return paragraphs;
}

/**
 * Join the lines of one paragraph. Chinese text takes no space at a line break; two Latin words broken
 * across lines (`Model` / `Y`) keep one.
 */
export function joinLines(lines: readonly string[], stats?: ImportStats): string {
  let text = '';
  for (const line of lines) {
    if (text !== '' && stats) stats.linesJoined++;
    const space = /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(line) ? ' ' : '';
    text += space + line;
  }
  return text;
}
