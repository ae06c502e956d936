/**
 * Character classes the importer reasons with, built on the shared HAN definition: which characters
 * belong to Chinese text (and so take no spaces between them), which end a sentence, how wide a line is.
 */
import { HAN } from '../text/han.ts';

/**
 * One character of Chinese text: a Han character or full-width punctuation, including the curly quotes,
 * dashes and ellipsis Chinese text shares with Western typography.
 */
export const WIDE = new RegExp(
  `${HAN.source}|[\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018\\u2019\\u201C\\u201D\\u2014\\u2026\\u00B7]`,
  'u',
);

/** An ASCII letter or digit, as in `XFC`, `16GWh` or `2023`. */
export const ASCII_WORD = /[A-Za-z0-9]/;

/** Whitespace as it appears in extracted text: spaces, tabs, ideographic and no-break spaces. */
export const INLINE_SPACE = /[ \t\v\f\u00A0\u3000]/u;

/** Text that ends a sentence, allowing closing quotes or brackets after the stop. */
const SENTENCE_END = /[。！？!?…；;][”’」』)）\]】》"']*$/u;

/** True when `text` ends with sentence-ending punctuation. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** True when the character belongs to Chinese text (Han or full-width punctuation). */
export function isWide(char: string | undefined): boolean {
  return char !== undefined && WIDE.test(char);
}

/**
 * The printed width of a line in em: a Chinese character or full-width mark takes one, anything else
 * about half. Used to tell a paragraph's short last line from a full line of a narrow column.
 */
export function visualWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (INLINE_SPACE.test(char)) continue;
    width += isWide(char) ? 1 : 0.5;
  }
  return width;
}

/** The character (code point) that ends just before `offset`, or undefined at the start. */
export function charBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

/** The character (code point) that starts at `offset`, or undefined at the end. */
export function charAfter(text: string, offset: number): string | undefined {
  const code = text.codePointAt(offset);
  return code === undefined ? undefined : String.fromCodePoint(code);
}
