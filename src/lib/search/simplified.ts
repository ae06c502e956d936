/**
 * Traditional → simplified Chinese for queries (專精特新 → 专精特新), with OpenCC's character and phrase
 * tables only (about 37 kB), not the 1 MB full build with every locale.
 */
import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';

/** Rewrites traditional characters in `text` as simplified ones; other text passes through. */
export const toSimplified: (text: string) => string = ConverterFactory(toCn);
