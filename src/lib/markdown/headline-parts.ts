/**
 * Sätteri HAST plugin: a heading whose text is a two-part Chinese headline becomes one
 * `<span class="headline-part">` per part, with no space between them in the text (see splitHeadline).
 */
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { splitHeadline } from '../text/headline.ts';

/** The plugin, for `satteri({ hastPlugins })` in astro.config.mjs. */
export const headlineParts = defineHastPlugin({
  name: 'headline-parts',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const [only] = node.children;
      if (node.children.length !== 1 || only?.type !== 'text') return;
      const parts = splitHeadline(only.value);
      if (parts.length < 2) return;
      const spans: ElementContent[] = parts.map((part) => ({
        type: 'element',
        tagName: 'span',
        properties: { className: ['headline-part'] },
        children: [{ type: 'text', value: part }],
      }));
      ctx.removeChildAt(node, 0);
      ctx.appendChild(node, spans);
    },
  },
});
