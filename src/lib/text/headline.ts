/**
 * Chinese two-part headlines (`重点项目好戏连台 加快打造先进制造业基地`) are printed with a gap between
 * the parts. A space there would read as a stray space between Chinese characters, so the parts are
 * set as separate spans and the gap is drawn by CSS.
 */

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
    printed.set(splitHeadline(text).join(''), text);
  }
  return printed;
}
