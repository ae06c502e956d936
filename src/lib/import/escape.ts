/**
 * Escape text so that MDX reads it as text. MDX takes `{` for a JavaScript expression, `<` for a
 * component and `import`/`export` at a line start for a module, and any of those in a raw source would
 * stop the build; Markdown turns `#`, `-`, `1.` at a line start and `*`, `_`, `~`, `[` inline into
 * structure. Every such character is escaped, so any text imports into a draft that compiles.
 */
import type { ImportStats } from './clean.ts';

/** Characters escaped with a backslash wherever they stand (all ASCII punctuation, as CommonMark allows). */
const INLINE_SPECIAL = /[\\{}<>*_`[\]|~&]/g;

/** Markdown block syntax at the start of a line: ATX heading, list bullet, setext or rule line, quote. */
const LINE_START_MARK = /^[#\-+=>]/;

/** An ordered-list marker at the start of a line: `1.` or `1)` followed by a space or the end. */
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=\s|$)/;

/** `import` or `export` at the start of a line, which MDX would parse as a JavaScript module. */
const ESM_START = /^(import|export)\b/;

/** `#` too, in a heading's text: a trailing ` #` would be read as the heading's closing marks. */
const HEADING_SPECIAL = /[\\{}<>*_`[\]|~&#]/g;

/** One line of text (a paragraph, caption text or, with `heading`, heading text) escaped for MDX. */
export function escapeMdx(text: string, stats?: ImportStats, heading = false): string {
  let count = 0;
  let result = text.replace(heading ? HEADING_SPECIAL : INLINE_SPECIAL, (char) => {
    count++;
    return `\\${char}`;
  });
  if (LINE_START_MARK.test(result)) {
    result = `\\${result}`;
    count++;
  }
  result = result.replace(ORDERED_MARKER, (_marker, digits: string, mark: string) => {
    count++;
    return `${digits}\\${mark}`;
  });
  // A letter cannot be backslash-escaped; a character reference hides the keyword from the module parser.
  result = result.replace(ESM_START, (word: string) => {
    count++;
    return `&#${word.charCodeAt(0)};${word.slice(1)}`;
  });
  if (stats) stats.escaped += count;
  return result;
}

/** An attribute value for a component (`credit="通讯员 谭文奇 摄"`), or null when it cannot be one safely. */
export function attributeValue(text: string): string | null {
  return /^[^"{}<>&\\\n]+$/u.test(text) ? `"${text}"` : null;
}

/**
 * The text a reader sees in an MDX body written by the importer: comments dropped, headings and caption
 * tags unwrapped (a caption's credit after its text, as the page shows it), escapes undone. Used to check
 * that the import kept every sentence of the source.
 */
export function visibleText(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\{\/\*.*\*\/\}$/u.test(line))
    .map((line) =>
      line
        .replace(/<Fact\b[^>]*>(.*?)<\/Fact>/gu, '$1')
        .replace(/^#{1,6}[ \t]+/u, '')
        .replace(
          /^<Caption(?: credit="([^"]*)")?>(.*)<\/Caption>$/u,
          (_tag, credit: string | undefined, inner: string) => (credit ? `${inner}${credit}` : inner),
        )
        .replace(/(?<!\\)&#(\d+);/gu, (_ref, code: string) => String.fromCodePoint(Number(code)))
        .replace(/\\(.)/gu, '$1'),
    )
    .join('\n');
}
