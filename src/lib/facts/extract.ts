/**
 * Reading a report's MDX once, from its syntax tree (the same parser, satteri, that renders it): every
 * `<Fact>` with its props, line and the sentence holding it, every `<Chart>` with its id, and every
 * sentence of the reading text with the anchor its page gives it and where figures are marked in it
 * (mentions, timeline events and the unmarked-figure check read these). A sentence is a paragraph's
 * text as the page shows it, cut at 。！？；, so a quote reads exactly as the page does. No regular
 * expression ever looks at MDX syntax.
 */
import { mdxToMdast } from 'satteri';
import { stripBreakMarks } from '../text/breaks.ts';
import { sentenceIds } from '../entities/sentence-id.ts';

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

/** Where a sentence stands: a paragraph (or list item), a photo caption, or a heading or table cell. */
export type SentencePlace = 'paragraph' | 'caption' | 'heading';

/** One sentence of a report's reading text, as its page shows it. */
export interface ReportSentence {
  /** Its anchor on the report page (`s-…`, `c-…`), as sentence-anchors.ts gives it; '' for a heading. */
  id: string;
  /** The sentence, trimmed. */
  text: string;
  place: SentencePlace;
  /** 1-based line of the block holding it. */
  line: number;
  /** Where `<Fact>` marks stand in `text`, as [start, end) offsets. */
  figures: [number, number][];
}

/** What a report's body holds. */
export interface ReportTags {
  facts: FactTag[];
  charts: ChartTag[];
  headings: HeadingTag[];
  /** Every sentence of paragraphs, list items, captions, headings and table cells, in reading order. */
  sentences: ReportSentence[];
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

/** A block's sentences, trimmed, with the marked figures' offsets moved into each sentence. */
function blockSentences(block: Node): { text: string; figures: [number, number][] }[] {
  const { text, facts } = flatten(block);
  const found: { text: string; figures: [number, number][] }[] = [];
  let at = 0;
  for (const piece of splitSentences(text)) {
    const lead = piece.length - piece.trimStart().length;
    const start = at + lead;
    const end = at + piece.trimEnd().length;
    at += piece.length;
    if (end <= start) continue;
    const figures = facts
      .filter((fact) => fact.start < end && fact.end > start)
      .map((fact): [number, number] => [
        Math.max(fact.start, start) - start,
        Math.min(fact.end, end) - start,
      ]);
    found.push({ text: text.slice(start, end), figures });
  }
  return found;
}

/**
 * Every `<Fact>`, `<Chart>` and sentence of an MDX file (frontmatter and all), in reading order. The
 * page anchors sentences of paragraphs and list items (`s-…`) and whole captions (`c-…`), numbering a
 * repeated sentence in document order; headings and table cells get no anchor.
 */
export function extractTags(source: string): ReportTags {
  const tree = mdxToMdast(source) as unknown as Node;
  const found: ReportTags = { facts: [], charts: [], sentences: [], headings: [] };
  const next = sentenceIds();
  const addSentences = (block: Node, place: SentencePlace) => {
    const line = block.position?.start.line ?? 0;
    const pieces = place === 'caption' ? [captionText(block)] : blockSentences(block);
    for (const { text, figures } of pieces.filter((piece) => piece.text)) {
      const id = place === 'heading' ? '' : next(text, place === 'caption' ? 'caption' : 'paragraph');
      found.sentences.push({ id, text, place, line, figures });
    }
  };
  const visit = (node: Node, inCaption: boolean) => {
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
    const caption = node.type === 'mdxJsxFlowElement' && node.name === 'Caption';
    if (caption) addSentences(node, 'caption');
    if (PARAGRAPHS.has(node.type)) {
      found.facts.push(...paragraphFacts(node));
      if (!inCaption) addSentences(node, node.type === 'paragraph' ? 'paragraph' : 'heading');
    }
    for (const child of node.children ?? []) visit(child, inCaption || caption);
  };
  visit(tree, false);
  return found;
}

/**
 * A caption's whole text, one sentence as its page shows it, with its marked figures (paragraphs of a
 * caption written over several lines run together: the anchor ignores whitespace anyway).
 */
function captionText(caption: Node): { text: string; figures: [number, number][] } {
  const { text, facts } = flatten(caption);
  const lead = text.length - text.trimStart().length;
  return {
    text: text.trim(),
    figures: facts.map((fact): [number, number] => [fact.start - lead, fact.end - lead]),
  };
}
