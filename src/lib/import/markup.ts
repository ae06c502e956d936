/**
 * Write the pieces of a page as an MDX body: paragraphs one per line, `##` headings, `<Caption>` for
 * photo captions. Every guess is preceded by an MDX comment for the editor to confirm and delete.
 */
import { fullWidthBars } from './site-names.ts';
import { rawText, type Item } from './classify.ts';
import { cleanText, type ImportStats } from './clean.ts';
import { attributeValue, escapeMdx } from './escape.ts';
import { endsSentence } from './chars.ts';
import { phraseContinues } from './masthead.ts';
import { joinLines, splitParagraphs } from './paragraphs.ts';
import type { Proposal } from './proposals.ts';
import { parseByline, splitPhotoCredit } from './roles.ts';
import { subtitleText } from './title.ts';

/** The notes left for the editor above each guess. */
export const CONFIRM = {
  heading: '{/* 待确认：自动识别为标题 */}',
  caption: '{/* 待确认：自动识别为图片说明 */}',
  byline: '{/* 待确认：自动识别为署名，可移入 frontmatter 的 credits */}',
} as const;

/** Levels the site's table of contents shows; headings marked deeper in the source are brought up. */
const MIN_LEVEL = 2;
const MAX_LEVEL = 3;

/** How to write the body: a post's phrase layout, and the figures to propose in each paragraph. */
export interface BodyOptions {
  /** A social post: one phrase per line. */
  social?: boolean;
  /** A web or e-paper page: one line per paragraph, as copied from the browser. */
  lines?: boolean;
  /** The figures to propose in a cleaned paragraph; each proposed one is also added to `proposals`. */
  propose?: (paragraph: string) => Proposal[];
  proposals?: Proposal[];
}

/** A cleaned paragraph escaped for MDX, with each proposed figure wrapped in `<Fact … proposed>`. */
function markFacts(text: string, found: readonly Proposal[], stats: ImportStats): string {
  let out = '';
  let at = 0;
  for (const proposal of found) {
    out += escapeMdx(text.slice(at, proposal.start), stats);
    out += `<Fact metric="${proposal.metric}" period="${proposal.period}" proposed>${proposal.text}</Fact>`;
    at = proposal.end;
  }
  // A piece after a Fact may get a line-start escape it does not need; an escaped mark shows as itself.
  return out + escapeMdx(text.slice(at), stats);
}

/** Running text as escaped paragraphs. */
function renderParagraphs(item: Item, stats: ImportStats, options: BodyOptions): string[] {
  const continues = options.social
    ? phraseContinues
    : options.lines
      ? (text: string) => !endsSentence(text)
      : undefined;
  return splitParagraphs(item.lines, continues).map((lines) => {
    const text = cleanText(
      joinLines(
        lines.map((line) => line.text),
        stats,
      ),
      'paragraph',
      stats,
    );
    const found = options.propose?.(text) ?? [];
    options.proposals?.push(...found);
    return markFacts(text, found, stats);
  });
}

/** A heading, with the note when it is a guess and its subtitle (if any) as a paragraph under it. */
function renderHeading(item: Item, level: number, stats: ImportStats): string[] {
  // A bar copied into a heading is the column sign, not an editor's break mark.
  const text = fullWidthBars(
    cleanText(
      joinLines(
        item.lines.map((line) => line.text),
        stats,
      ),
      'headline',
      stats,
    ),
  );
  const heading = `${'#'.repeat(level)} ${escapeMdx(text, stats, true)}`;
  const blocks = [item.explicit ? heading : `${CONFIRM.heading}\n${heading}`];
  const subtitle = subtitleText(item);
  if (subtitle) blocks.push(escapeMdx(cleanText(subtitle, 'paragraph', stats), stats));
  if (!item.explicit) stats.headings++;
  return blocks;
}

/** A photo caption as a `<Caption>`, its photographer's credit as the `credit` attribute. */
function renderCaption(item: Item, stats: ImportStats): string {
  stats.captions++;
  const joined = joinLines(
    item.lines.map((line) => line.text),
    stats,
  );
  const split = splitPhotoCredit(rawText(item.lines));
  const credit = split ? attributeValue(split[1].replace(/[ \t\u3000]+/gu, ' ')) : null;
  // ▲ and ● point at the picture on a web page; without the picture they point at nothing.
  const words = (split && credit ? split[0] : joined).replace(/^[▲△▼▶►■□●◆]\s*/u, '');
  const text = escapeMdx(cleanText(words, 'paragraph', stats), stats);
  return `${CONFIRM.caption}\n<Caption${credit ? ` credit=${credit}` : ''}>${text}</Caption>`;
}

/** A byline: names listed with 、 (a space between Chinese names would read as debris), credits apart. */
function renderByline(item: Item, stats: ImportStats): string[] {
  stats.bylines++;
  const pieces = item.lines.flatMap((line) => {
    const byline = parseByline(line.text);
    if (!byline) return [line.text];
    return [...(byline.names.length > 0 ? [byline.names.join('、')] : []), ...byline.credits];
  });
  const paragraphs = pieces.map((piece) => escapeMdx(cleanText(piece, 'paragraph', stats), stats));
  return [`${CONFIRM.byline}\n${paragraphs[0] ?? ''}`, ...paragraphs.slice(1)];
}

/**
 * How far to bring source-marked headings up so that the highest is `##` once the title is taken out
 * (`### 有力度…` under a `##` headline becomes `## 有力度…`).
 */
function levelShift(items: readonly Item[]): number {
  const levels = items.flatMap((item) =>
    item.kind === 'heading' && item.explicit ? [item.level ?? MIN_LEVEL] : [],
  );
  return levels.length === 0 ? 0 : Math.max(0, Math.min(...levels) - MIN_LEVEL);
}

/** The MDX body for the pieces of a page (the title already taken out), ending in a newline. */
export function renderBody(items: readonly Item[], stats: ImportStats, options: BodyOptions = {}): string {
  const shift = levelShift(items);
  const blocks = items.flatMap((item) => {
    switch (item.kind) {
      case 'heading': {
        const level = item.explicit
          ? Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, (item.level ?? MIN_LEVEL) - shift))
          : MIN_LEVEL;
        return renderHeading(item, level, stats);
      }
      case 'caption':
        return [renderCaption(item, stats)];
      case 'byline':
        return renderByline(item, stats);
      default:
        return renderParagraphs(item, stats, options);
    }
  });
  return blocks.filter((block) => block !== '').join('\n\n') + '\n';
}
