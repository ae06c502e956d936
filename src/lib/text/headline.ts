/**
 * Chinese two-part headlines (`重点项目好戏连台 加快打造先进制造业基地`) are printed with a gap between
 * the parts. A space there would read as a stray space between Chinese characters, so the parts are
 * set as separate spans and the gap is drawn by CSS.
 */

import { hasBreakMarks, splitAtBreakMarks, stripBreakMarks } from './breaks.ts';

/** Whitespace that separates two headline parts: not the space inside a Latin phrase such as `XFC 电池`. */
const PART_GAP = /(?<![A-Za-z0-9])[\s\u3000]+|[\s\u3000]+(?![A-Za-z0-9])/u;

/** The parts of a headline, split where the printed headline leaves a gap. */
export function splitHeadline(text: string): string[] {
  return text
    .trim()
    .split(PART_GAP)
    .filter((part) => part.length > 0);
}

/**
 * The headings of a Markdown body as printed, keyed by their text with the gaps removed: Astro's heading
 * list holds the text of the rendered heading, whose parts are spans with no space between them.
 */
export function printedHeadings(markdown: string): Map<string, string> {
  const printed = new Map<string, string>();
  for (const match of markdown.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gmu)) {
    const text = match[1] ?? '';
    printed.set(stripBreakMarks(splitHeadline(text).join('')), text);
  }
  return printed;
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
/** A run longer than this may also break beside a one-character word, lest it overflow a phone's line. */
const LONG = 8;

/**
 * Where a headline may break: between two words of two or more characters each (word segmentation
 * cuts names into single characters, 成/渝, and a break beside a one-character word reads as a split
 * word), and inside a run longer than eight characters also between a word and a one-character
 * word, never between two one-character words (usually one word the dictionary lacks); never inside
 * one of `names`. Returns the runs between break points; the page joins them with `<wbr>` and sets the
 * headline with `word-break: keep-all`, so a line ends only there or at a space or punctuation.
 */
export function headlineChunks(text: string, names: readonly string[] = []): string[] {
  // A title is set on its report's page and again in every list that names the report: segment it once.
  const key = `${text}\u0000${names.join('\u0000')}`;
  let chunks = chunked.get(key);
  if (!chunks) chunked.set(key, (chunks = breakRuns(text, names)));
  return [...chunks];
}

const chunked = new Map<string, string[]>();

/** headlineChunks(), computed. */
function breakRuns(text: string, names: readonly string[]): string[] {
  const segments = [...words.segment(text)].map((segment) => segment.segment);
  const blocked = new Set<number>();
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      for (let offset = at + 1; offset < at + name.length; offset++) blocked.add(offset);
    }
  }
  // Each segment after the first, with how freely a line may break before it.
  type Piece = { text: string; strong: boolean; weak: boolean };
  const pieces: Piece[] = [];
  let offset = 0;
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    const han = previous !== undefined && HAN.test(previous) && HAN.test(segment) && !blocked.has(offset);
    const [longBefore, longAfter] = [[...(previous ?? '')].length >= 2, [...segment].length >= 2];
    const strong = han && longBefore && longAfter;
    // Two one-character "words" side by side are usually one word the dictionary lacks (亮/点).
    const weak = han && (longBefore || longAfter);
    pieces.push({ text: segment, strong, weak });
    offset += segment.length;
  });
  const join = (run: Piece[], at: (piece: Piece) => boolean): Piece[][] =>
    run.reduce<Piece[][]>((groups, piece, index) => {
      if (index === 0 || at(piece)) groups.push([piece]);
      else groups[groups.length - 1]?.push(piece);
      return groups;
    }, []);
  const length = (run: Piece[]) => [...run.map((piece) => piece.text).join('')].length;
  return join(pieces, (piece) => piece.strong)
    .flatMap((run) => (length(run) > LONG ? join(run, (piece) => piece.weak) : [run]))
    .map((run) => run.map((piece) => piece.text).join(''));
}

/**
 * A printed headline: its parts (see splitHeadline), each as the runs a line may break between. An
 * editor's break marks (src/lib/text/breaks.ts) decide alone where a marked headline breaks, so its
 * unmarked parts are kept whole; an unmarked headline breaks between words (see headlineChunks).
 */
export function headlineRuns(text: string, names: readonly string[] = []): string[][] {
  const marked = hasBreakMarks(text);
  return splitHeadline(text).map((part) =>
    marked ? splitAtBreakMarks(part).filter((run) => run.length > 0) : headlineChunks(part, names),
  );
}
