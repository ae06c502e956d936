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

/** Wider than any newspaper column, in em: a line this wide is a whole paragraph copied from a web page. */
const WEB_LINE_WIDTH = 60;

/**
 * Split a run of running text into paragraphs, each a list of its lines. In a social post (`phrases`)
 * each line is a phrase, and a paragraph goes on only where a phrase ends in a comma or colon.
 */
export function splitParagraphs(
  lines: readonly SourceLine[],
  phrases?: (text: string) => boolean,
): SourceLine[][] {
  const paragraphs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  lines.forEach((line, at) => {
    current.push(line);
    const last = at === lines.length - 1;
    const width = visualWidth(line.text);
    if (
      last ||
      (phrases ? !phrases(line.text) : false) ||
      (endsSentence(line.text) &&
        (width > WEB_LINE_WIDTH || width < SHORT_LINE_RATIO * columnWidth(lines, at)))
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
