/**
 * Compile an MDX draft the way the site does (satteri, the MDX compiler under @astrojs/mdx) and read back
 * its blocks as a reader sees them. Tests use it to prove a draft compiles and to check the rendered text,
 * not the markup the importer wrote.
 */
import { mdxToHast, mdxToJs } from 'satteri';

/** One block of the rendered page. */
export interface RenderedBlock {
  /** `p`, `h2`…, `caption`, or the node type of anything the importer should never produce. */
  kind: string;
  text: string;
  credit?: string;
}

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  children?: Node[];
  attributes?: { name: string; value: unknown }[];
}

/** The features Astro's MDX integration turns on by default. */
const FEATURES = { gfm: true, frontmatter: true, smartPunctuation: true } as const;

/** The text a node shows. */
function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Nodes inside a block that mean MDX read text as code: expressions and inline components. */
function codeNodes(node: Node): string[] {
  const own = node.type === 'mdxTextExpression' || node.type === 'mdxJsxTextElement' ? [node.type] : [];
  return [...own, ...(node.children ?? []).flatMap(codeNodes)];
}

/** Compile `mdx` to JavaScript (throws when it does not compile) and list its rendered blocks. */
export function renderBlocks(mdx: string): RenderedBlock[] {
  mdxToJs(mdx, { features: FEATURES });
  const root = mdxToHast(mdx, { features: FEATURES }) as unknown as Node;
  const blocks: RenderedBlock[] = [];
  for (const node of root.children ?? []) {
    if (node.type === 'text' && (node.value ?? '').trim() === '') continue;
    if (node.type === 'mdxFlowExpression' && /^\/\*[\s\S]*\*\/$/.test(node.value ?? '')) continue;
    const inner = codeNodes(node);
    if (node.type === 'element' && inner.length === 0) {
      blocks.push({ kind: node.tagName ?? 'element', text: textOf(node) });
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Caption' && inner.length === 0) {
      const credit = node.attributes?.find((attribute) => attribute.name === 'credit')?.value;
      blocks.push({ kind: 'caption', text: textOf(node), ...(typeof credit === 'string' ? { credit } : {}) });
    } else {
      blocks.push({
        kind: [node.type, node.name ?? node.tagName, ...inner].filter(Boolean).join(':'),
        text: textOf(node),
      });
    }
  }
  return blocks;
}
