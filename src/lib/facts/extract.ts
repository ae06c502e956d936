/**
 * Reading a report's MDX once, from its syntax tree (the same parser, satteri, that renders it): every
 * `<Fact>` with its props, line and the sentence holding it, and every `<Chart>` with its id. The
 * sentence is the paragraph's text as the page shows it, cut at 。！？；, so the quote reads exactly as
 * the page does. No regular expression ever looks at MDX syntax.
 */
import { mdxToMdast } from 'satteri';
import { stripBreakMarks } from '../text/breaks.ts';

/** A prop as written: a string, `true` for a bare name (`proposed`), or the source of a `{…}` value. */
export type PropValue = string | true;

/** One `<Fact>` of a report. */
export interface FactTag {
  /** 1-based line and column of the opening tag in the file. */
  line: number;
  column: number;
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
  /** The paragraph's text before the sentence (where an earlier sentence may give the year). */
  context: string;
}

/** One `<Chart>` of a report. */
export interface ChartTag {
  line: number;
  column: number;
  /** The id prop, or undefined when it is missing or not a string. */
  id: string | undefined;
}

/** One heading of a report, as the editor typed it (break marks kept). */
export interface HeadingTag {
  line: number;
  column: number;
  text: string;
}

/** What a report's body holds. */
export interface ReportTags {
  facts: FactTag[];
  charts: ChartTag[];
  headings: HeadingTag[];
}

/** The few mdast fields this module reads. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: string | null | { value: string } }[];
  position?: { start: { line: number; column: number } };
}

/** A sentence ends at 。！？； and takes the closing quotes and brackets that follow. */
const SENTENCE = /[^。！？；]*(?:[。！？；]+[”’」』）)]*|$)/gu;
/** Blocks whose inline content is one paragraph of reading text. */
const PARAGRAPHS = new Set(['paragraph', 'heading', 'tableCell']);

/** The sentences of a text, in order, each with its closing punctuation. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((sentence) => sentence.length > 0);
}

/** The props of a JSX element. */
function propsOf(node: Node): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attribute.value;
    props[attribute.name] =
      value === null || value === undefined ? true : typeof value === 'string' ? value : value.value.trim();
  }
  return props;
}

/** The text a node shows on the page. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '';
  if (node.type.startsWith('mdx') && !node.type.startsWith('mdxJsx')) return '';
  return (node.children ?? []).map(textOf).join('');
}

/** A paragraph's text, and where each Fact's text starts and ends in it. */
function flatten(block: Node): { text: string; facts: { node: Node; start: number; end: number }[] } {
  // A heading's break marks are layout, not words: its sentence reads without them.
  const words = (value: string) => (block.type === 'heading' ? stripBreakMarks(value) : value);
  let text = '';
  const facts: { node: Node; start: number; end: number }[] = [];
  const walk = (node: Node) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'Fact') {
      const start = text.length;
      text += textOf(node);
      facts.push({ node, start, end: text.length });
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      text += words(node.value ?? '').replace(/[ \t]*\r?\n[ \t]*/g, ' ');
    } else {
      (node.children ?? []).forEach(walk);
    }
  };
  (block.children ?? []).forEach(walk);
  return { text, facts };
}

/** The fact tags of one paragraph. */
function paragraphFacts(block: Node): FactTag[] {
  const { text, facts } = flatten(block);
  if (!facts.length) return [];
  const sentences: { start: number; end: number }[] = [];
  let at = 0;
  for (const sentence of splitSentences(text)) {
    sentences.push({ start: at, end: at + sentence.length });
    at += sentence.length;
  }
  return facts.map(({ node, start, end }) => {
    const sentence = sentences.find((s) => start >= s.start && start < s.end) ?? {
      start: 0,
      end: text.length,
    };
    return {
      line: node.position?.start.line ?? 0,
      column: node.position?.start.column ?? 0,
      props: propsOf(node),
      text: text.slice(start, end),
      sentence: text.slice(sentence.start, sentence.end).trim(),
      before: text.slice(sentence.start, start).trimStart(),
      after: text.slice(end, sentence.end).trimEnd(),
      context: text.slice(0, sentence.start),
    };
  });
}

/**
 * The text a block of MDX shows on the page (a paragraph, a caption's inner text), read from its
 * syntax tree: markup, components' tags and escapes gone, `<Fact>` text kept.
 */
export function plainParagraph(block: string): string {
  const tree = mdxToMdast(block, { position: false }) as unknown as Node;
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (PARAGRAPHS.has(node.type)) texts.push(flatten(node).text);
    else (node.children ?? []).forEach(visit);
  };
  visit(tree);
  return texts.join(' ').trim();
}

/** Every `<Fact>` and `<Chart>` of an MDX file (frontmatter and all), in reading order. */
export function extractTags(source: string): ReportTags {
  const tree = mdxToMdast(source) as unknown as Node;
  const found: ReportTags = { facts: [], charts: [], headings: [] };
  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Chart') {
      const id = propsOf(node).id;
      found.charts.push({
        line: node.position?.start.line ?? 0,
        column: node.position?.start.column ?? 0,
        id: typeof id === 'string' ? id : undefined,
      });
    }
    if (node.type === 'heading') {
      found.headings.push({
        line: node.position?.start.line ?? 0,
        column: node.position?.start.column ?? 0,
        text: (node.children ?? []).map(textOf).join(''),
      });
    }
    if (PARAGRAPHS.has(node.type)) found.facts.push(...paragraphFacts(node));
    (node.children ?? []).forEach(visit);
  };
  visit(tree);
  return found;
}
