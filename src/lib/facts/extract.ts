/**
 * Finding the facts an editor marked in a report's MDX (`<Fact metric="…" period="…">1797.4亿元</Fact>`):
 * each tag with its line, its props, and the sentence that holds it, with the markup stripped so that
 * the quote reads exactly as the page shows it. Pure text work: no Astro, no MDX compiler.
 */

/** A prop as written: a quoted string, or a `{…}` expression kept as its source text. */
export interface PropValue {
  kind: 'string' | 'expression';
  text: string;
}

/** One `<Fact>` tag found in a report. */
export interface FactTag {
  /** 1-based line of the opening tag in the file. */
  line: number;
  /** The props as written. */
  props: Record<string, PropValue>;
  /** The text between the tags, as the page shows it. */
  text: string;
  /** The whole sentence holding the fact, as the page shows it. */
  sentence: string;
  /** The part of the sentence before the fact's text. */
  before: string;
  /** The part of the sentence after the fact's text. */
  after: string;
}

const FACT = /<Fact\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)>([\s\S]*?)<\/Fact>/g;
const PROP = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;
const OPEN = '\uE000';
const CLOSE = '\uE001';
/** A sentence ends at 。！？； and takes the closing quotes and brackets that follow. */
const SENTENCE = /[^。！？；]*(?:[。！？；]+[”’」』）)]*|$)/gu;

/** The props of a tag's attribute text. */
export function parseProps(attributes: string): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const match of attributes.matchAll(PROP)) {
    const name = match[1] ?? '';
    props[name] =
      match[4] === undefined
        ? { kind: 'string', text: match[2] ?? match[3] ?? '' }
        : { kind: 'expression', text: match[4].trim() };
  }
  // A bare attribute (`proposed`) is JSX's `proposed={true}`.
  for (const match of attributes.replace(PROP, ' ').matchAll(/(?<![\w-])([A-Za-z][\w-]*)(?![\w-])/g)) {
    const name = match[1] ?? '';
    props[name] ??= { kind: 'expression', text: 'true' };
  }
  return props;
}

/** A paragraph's text as the page shows it, with each fact's text wrapped in private-use markers. */
export function plainParagraph(block: string): string {
  return block
    .replace(FACT, (_all, _props: string, text: string) => `${OPEN}${text}${CLOSE}`)
    .replace(/<\/?[A-Z][\w.]*\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*\/?>/g, '')
    .replace(/^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+\.[ \t]+)/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/[ \t]*\r?\n[ \t]*/g, ' ')
    .trim();
}

/** The sentences of a plain paragraph, in order, each with its closing punctuation. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((sentence) => sentence.length > 0);
}

/** Where the body starts: after the frontmatter block, if any. */
function bodyStart(text: string): number {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

/** The paragraphs (blank-line separated blocks) of the body, with their offsets in the file. */
function paragraphs(text: string): { start: number; block: string }[] {
  const found: { start: number; block: string }[] = [];
  const start = bodyStart(text);
  const blockPattern = /(?:[^\n]|\n(?![ \t]*\r?\n))+/g;
  blockPattern.lastIndex = start;
  for (let match = blockPattern.exec(text); match; match = blockPattern.exec(text)) {
    found.push({ start: match.index, block: match[0] });
  }
  return found;
}

/** The 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** Every `<Fact>` tag of an MDX file (frontmatter included or not), in reading order. */
export function extractFactTags(text: string): FactTag[] {
  const tags: FactTag[] = [];
  for (const { start, block } of paragraphs(text)) {
    const matches = [...block.matchAll(FACT)];
    if (!matches.length) continue;
    const sentences = splitSentences(plainParagraph(block));
    let seen = 0;
    for (const sentence of sentences) {
      for (let at = sentence.indexOf(OPEN); at !== -1; at = sentence.indexOf(OPEN, at + 1)) {
        const match = matches[seen++];
        if (!match) break;
        const end = sentence.indexOf(CLOSE, at);
        const strip = (part: string) => part.replace(/[\uE000\uE001]/g, '');
        tags.push({
          line: lineAt(text, start + (match.index ?? 0)),
          props: parseProps(match[1] ?? ''),
          text: match[2] ?? '',
          sentence: strip(sentence).trim(),
          before: strip(sentence.slice(0, at)).trimStart(),
          after: strip(sentence.slice(end + 1)).trimEnd(),
        });
      }
    }
  }
  return tags;
}
