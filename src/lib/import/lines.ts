/**
 * The raw text as lines, each trimmed and, where a faux-bold PDF printed it twice, printed once, with
 * the few facts about its layout the later steps need (indent, Markdown heading mark).
 */
import { undoubleWholeLine } from '../text/undouble.ts';

/** One line of the raw text. */
export interface SourceLine {
  /** Zero-based line number in the raw text. */
  index: number;
  /** The line trimmed, with a whole-line doubling undone; a Markdown heading's `#` marks removed. */
  text: string;
  /** True when the line was printed twice and has been undone. */
  doubled: boolean;
  /** True when the line starts with whitespace: in column text that begins a new paragraph. */
  indented: boolean;
  /** The level of a Markdown heading mark (`## …`) the source already carries, if any. */
  markdownLevel?: number;
}

/** A Markdown ATX heading as some extractors already mark them: `## 标题`. */
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;

/**
 * Split a raw text into lines; blank lines are `null`. Form feeds (page breaks) count as line breaks.
 * Doubling is undone on the trimmed line exactly as the fidelity check undoes it, so that both agree on
 * what the source says.
 */
export function splitSourceLines(raw: string): (SourceLine | null)[] {
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\f/)
    .map((line, index) => {
      const trimmed = line.trim();
      if (trimmed === '') return null;
      const once = undoubleWholeLine(trimmed);
      const text = once ?? trimmed;
      const heading = MARKDOWN_HEADING.exec(text);
      const source: SourceLine = { index, text, doubled: once !== null, indented: /^\s/u.test(line) };
      if (heading && (heading[2] ?? '') !== '') {
        source.text = heading[2] ?? '';
        source.markdownLevel = heading[1]?.length ?? 1;
      }
      return source;
    });
}
