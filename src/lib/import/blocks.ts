/**
 * Group the lines of a raw text into blocks: runs of lines with no blank line between them, split
 * further where the layout shows a new piece begins even without a blank line (an indented line, a
 * Markdown heading, a byline, a numbered caption, a dashed subtitle under a headline).
 */
import { cleanText } from './clean.ts';
import type { SourceLine } from './lines.ts';
import { endsSentence, visualWidth } from './chars.ts';
import {
  isSubtitleLine,
  looksLikeHeading,
  parseByline,
  splitPhotoCredit,
  startsNumberedCaption,
} from './roles.ts';

/** Lines that belong together on the page. */
export interface Block {
  lines: SourceLine[];
  /** Blank lines between this block and the one before (0 when the layout alone split them). */
  gapBefore: number;
  /** True for the first block of the text, which no blank line separates from anything. */
  atStart: boolean;
}

/** Widest line taken for a photo caption by its credit alone (…（记者 罗思远 摄）). */
const MAX_CREDITED_CAPTION_WIDTH = 80;

/**
 * True when the line is a piece of its own whatever follows: a Markdown heading, a byline, or a caption
 * ending in its photographer's credit (web pages set one between paragraphs without a blank line).
 */
function standsAlone(line: SourceLine): boolean {
  return (
    line.markdownLevel !== undefined ||
    parseByline(line.text) !== null ||
    (splitPhotoCredit(line.text) !== null &&
      !endsSentence(line.text) &&
      visualWidth(line.text) <= MAX_CREDITED_CAPTION_WIDTH)
  );
}

/** True when `line` cannot continue `block` and must begin a block of its own. */
function beginsBlock(block: Block, line: SourceLine): boolean {
  const last = block.lines.at(-1);
  if (!last || standsAlone(line) || standsAlone(last) || line.indented || startsNumberedCaption(line.text))
    return true;
  // `扬帆起航风正劲 砥砺奋进谱新篇` / `——区经济信息委2023年工作回眸`: a headline and its subtitle.
  return (
    block.lines.length === 1 &&
    isSubtitleLine(line.text) &&
    looksLikeHeading(cleanText(last.text, 'headline'))
  );
}

/** The blocks of a text split into lines (blank lines as null), in order. */
export function groupBlocks(lines: readonly (SourceLine | null)[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let gap = 0;
  for (const line of lines) {
    if (line === null) {
      if (current) blocks.push(current);
      current = null;
      gap++;
      continue;
    }
    if (current && !beginsBlock(current, line)) {
      current.lines.push(line);
      continue;
    }
    if (current) blocks.push(current);
    current = { lines: [line], gapBefore: gap, atStart: blocks.length === 0 };
    gap = 0;
  }
  if (current) blocks.push(current);
  return blocks;
}
