/**
 * Character classes for Chinese text. Kept free of Astro imports so that the importer, the build and the
 * tests share one definition of "a Chinese character" and "punctuation".
 */

/** One Han (Chinese) character. */
export const HAN = /\p{Script=Han}/u;

/** Whitespace between two Han characters: shows as a stray space in browsers. */
export const SPACE_BETWEEN_HAN = /(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu;

/** Any punctuation or symbol (ASCII and full-width), used when comparing texts loosely. */
const PUNCT_OR_SPACE = /[\s\p{P}\p{S}\u3000]+/gu;

/**
 * The text with all whitespace, punctuation and symbols removed, so that two renderings of the same
 * sentence compare equal whatever their quotes, commas or line breaks.
 */
export function stripForCompare(text: string): string {
  return text.normalize('NFKC').replace(PUNCT_OR_SPACE, '');
}
