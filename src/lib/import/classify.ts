/**
 * Decide what each block of a raw text is on the printed page: a heading, a photo caption, a byline or
 * running text. Running text broken across a blank line (a column break) is joined back into one run.
 * These are guesses; the markup step flags every guessed heading and caption for the editor to confirm.
 */
import type { Block } from './blocks.ts';
import { endsSentence, visualWidth } from './chars.ts';
import { cleanText } from './clean.ts';
import type { SourceLine } from './lines.ts';
import { phraseContinues } from './masthead.ts';
import {
  isSubtitleLine,
  looksLikeCaption,
  looksLikeHeading,
  parseByline,
  splitPhotoCredit,
} from './roles.ts';

/** What a piece of the page is. */
export type ItemKind = 'heading' | 'caption' | 'byline' | 'paragraph';

/** A piece of the page and the source lines it is made of. */
export interface Item {
  kind: ItemKind;
  lines: SourceLine[];
  /** Heading level, 1–6, as marked in the source or guessed (2). */
  level?: number;
  /** True when the source itself marked the heading (`## …`), so it is not a guess. */
  explicit?: boolean;
  /** The dashed line under a heading (`——学习贯彻党的二十大精神主题报道之八`). */
  subtitle?: SourceLine[];
}

/** Longest caption, in em: anything longer is running text however it stands. */
const MAX_CAPTION_WIDTH = 120;
/** Longest text taken for a caption on layout alone (set apart by two or more blank lines). */
const MAX_SET_APART_CAPTION_WIDTH = 80;
/** Longest line printed twice that is taken for a caption: faux-bold captions in these layouts. */
const MAX_DOUBLED_CAPTION_WIDTH = 40;

/** The text of some source lines, joined as printed (spaces kept) for the pattern tests. */
export function rawText(lines: readonly SourceLine[]): string {
  return lines.map((line) => line.text).join('');
}

/** How the source sets its text: a social post sets one phrase per line. */
export interface Layout {
  social?: boolean;
}

/** True when the block carries on the running text before it, broken by a column or page break. */
function continuesRun(previous: Item | undefined, block: Block, layout: Layout): boolean {
  const last = previous?.lines.at(-1);
  return (
    previous?.kind === 'paragraph' &&
    last !== undefined &&
    block.gapBefore === 1 &&
    !block.lines[0]?.indented &&
    (layout.social ? phraseContinues(last.text) : !endsSentence(last.text))
  );
}

/** Widest line taken for a caption by its photographer's credit alone, whatever stands around it. */
const MAX_CREDITED_CAPTION_WIDTH = 80;

/** True when the block is one line ending in a photographer's credit (…李四 摄): a caption anywhere. */
function isCreditedCaption(block: Block, text: string): boolean {
  return (
    block.lines.length === 1 &&
    !endsSentence(text) &&
    visualWidth(text) <= MAX_CREDITED_CAPTION_WIDTH &&
    splitPhotoCredit(text) !== null
  );
}

/** True when the block is a photo caption: by its own marks, or by how the page sets it apart. */
function isCaption(block: Block, text: string, layout: Layout): boolean {
  const width = visualWidth(text);
  if (endsSentence(text) || width > MAX_CAPTION_WIDTH) return false;
  if (looksLikeCaption(text)) return true;
  // A post sets every phrase apart: only a caption's own marks tell one.
  if (layout.social) return false;
  // Extractors set picture text apart from the story with several blank lines.
  if (!block.atStart && block.gapBefore >= 2 && width <= MAX_SET_APART_CAPTION_WIDTH) return true;
  return block.lines.every((line) => line.doubled) && width <= MAX_DOUBLED_CAPTION_WIDTH;
}

/** What one block is, given the piece before it. */
function classifyBlock(
  block: Block,
  previous: Item | undefined,
  layout: Layout,
): ItemKind | 'subtitle' | 'continuation' {
  const first = block.lines[0];
  if (first?.markdownLevel !== undefined) {
    return previous?.kind === 'heading' && !previous.subtitle && isSubtitleLine(first.text)
      ? 'subtitle'
      : 'heading';
  }
  if (block.lines.every((line) => parseByline(line.text) !== null)) return 'byline';
  const text = rawText(block.lines);
  if (previous?.kind === 'heading' && !previous.subtitle && block.gapBefore <= 1 && isSubtitleLine(text))
    return 'subtitle';
  if (isCreditedCaption(block, text)) return 'caption';
  const continues = continuesRun(previous, block, layout);
  if (!continues && isCaption(block, text, layout)) return 'caption';
  // A post's short phrases would all look like headings: it marks none.
  if (!continues && !layout.social && looksLikeHeading(cleanText(text, 'headline'))) return 'heading';
  return continues ? 'continuation' : 'paragraph';
}

/** The pieces of the page, in order, from its blocks. */
export function classifyBlocks(blocks: readonly Block[], layout: Layout = {}): Item[] {
  const items: Item[] = [];
  for (const block of blocks) {
    const previous = items.at(-1);
    const kind = classifyBlock(block, previous, layout);
    if (kind === 'subtitle' && previous) {
      previous.subtitle = [...block.lines];
    } else if (kind === 'continuation' && previous) {
      previous.lines.push(...block.lines);
    } else if (kind === 'byline' && previous?.kind === 'byline' && block.gapBefore <= 1) {
      previous.lines.push(...block.lines);
    } else if (kind === 'heading') {
      const level = block.lines[0]?.markdownLevel;
      items.push({ kind, lines: [...block.lines], level: level ?? 2, explicit: level !== undefined });
    } else {
      items.push({
        kind: kind === 'subtitle' || kind === 'continuation' ? 'paragraph' : kind,
        lines: [...block.lines],
      });
    }
  }
  return items;
}
