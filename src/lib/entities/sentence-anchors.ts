/**
 * Sätteri HAST plugin for report pages: each sentence of a paragraph becomes
 * `<span class="sentence" id="s-…">` and each photo caption's text `<span class="sentence" id="c-…">`,
 * so that a mention, a timeline event or a figure can link to the very sentence, and CSS can show the
 * whole sentence when a reader lands on it (`:target`, or a figure inside it that is the target).
 * The ids come from sentence-id.ts, the same function the text side uses.
 */
import type { Element, ElementContent, Text } from 'hast';
import { defineHastPlugin, type HastContent, type HastNode, type HastVisitorContext } from 'satteri';
import { sentenceIds } from './sentence-id.ts';

/** Sentence ends: 。！？； and the closing quotes and brackets that follow them. */
const END = /[。！？；]+[”’」』）)]*/gu;

/** One sentence's nodes and the text a reader sees in them. */
export interface SentenceGroup {
  nodes: HastNode[];
  text: string;
}

/**
 * Cut a paragraph's children into sentences. Text nodes are split at sentence ends; any other node
 * (a figure, bold text) stays whole inside the sentence it starts in. Whitespace between sentences is
 * returned as a group of its own with empty `text`, so it stays outside the spans.
 */
export function groupSentences(
  children: readonly HastNode[],
  textOf: (node: HastNode) => string,
): SentenceGroup[] {
  const groups: SentenceGroup[] = [];
  let current: SentenceGroup = { nodes: [], text: '' };
  const flush = () => {
    if (!current.nodes.length) return;
    groups.push(current.text.trim() ? current : { nodes: current.nodes, text: '' });
    current = { nodes: [], text: '' };
  };
  const pushText = (value: string) => {
    let rest = value;
    if (!current.nodes.length) {
      // Whitespace between two sentences belongs to neither.
      const lead = /^\s+/u.exec(rest)?.[0] ?? '';
      if (lead) groups.push({ nodes: [{ type: 'text', value: lead } satisfies Text], text: '' });
      rest = rest.slice(lead.length);
    }
    if (!rest) return;
    current.nodes.push({ type: 'text', value: rest } satisfies Text);
    current.text += rest;
  };
  for (const child of children) {
    if (child.type !== 'text') {
      current.nodes.push(child);
      current.text += textOf(child);
      continue;
    }
    let from = 0;
    for (const match of child.value.matchAll(END)) {
      const to = (match.index ?? 0) + match[0].length;
      pushText(child.value.slice(from, to));
      flush();
      from = to;
    }
    pushText(child.value.slice(from));
  }
  flush();
  return groups;
}

/** A `<span class="sentence">` around a sentence's nodes. */
function span(id: string, nodes: HastNode[]): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['sentence'], id },
    children: nodes as ElementContent[],
  };
}

/** The plugin for one report: ids are numbered per document. */
function sentenceAnchors() {
  const next = sentenceIds();
  const textOf = (ctx: HastVisitorContext) => (node: HastNode) => ctx.textContent(node);
  return defineHastPlugin({
    name: 'sentence-anchors',
    element: {
      // A tight list's items hold their text directly; a loose list's items hold paragraphs.
      filter: ['p', 'li'],
      visit(node, ctx) {
        if (
          node.tagName === 'li' &&
          node.children.some((child) => child.type === 'element' && child.tagName === 'p')
        ) {
          return;
        }
        const groups = groupSentences(node.children, textOf(ctx));
        const children = groups.flatMap((group) =>
          group.text ? [span(next(group.text), group.nodes)] : group.nodes,
        ) as HastContent[];
        return { ...node, children } as Element;
      },
    },
    mdxJsxFlowElement: {
      filter: ['Caption'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        if (!text) return;
        return { ...node, children: [span(next(text, 'caption'), node.children as HastNode[])] } as HastNode;
      },
    },
  });
}

/** The plugin entry for `satteri({ hastPlugins })`: only report MDX files get sentence anchors. */
export function reportSentenceAnchors(ctx: { fileURL: URL | undefined; sourceFormat: string }) {
  const path = ctx.fileURL?.pathname ?? '';
  return ctx.sourceFormat === 'mdx' && /\/content\/reports\/[^/]+\.mdx$/.test(path)
    ? sentenceAnchors()
    : null;
}
