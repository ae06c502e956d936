/**
 * Sätteri HAST plugin: a heading's text becomes `<span class="headline">`, with one
 * `<span class="headline-part">` per part of a two-part Chinese headline (no space between them in the
 * text, see splitHeadline) and `<wbr>` where a line may break (see headlineChunks).
 */
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { headlineChunks, splitHeadline } from '../text/headline.ts';
import { PROTECTED_NAMES } from '../text/names.ts';

function chunked(text: string): ElementContent[] {
  return headlineChunks(text, PROTECTED_NAMES).flatMap((chunk, index): ElementContent[] => [
    ...(index > 0
      ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as ElementContent]
      : []),
    { type: 'text', value: chunk },
  ]);
}

/** The plugin, for `satteri({ hastPlugins })` in astro.config.mjs. */
export const headlineParts = defineHastPlugin({
  name: 'headline-parts',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const [only] = node.children;
      if (node.children.length !== 1 || only?.type !== 'text') return;
      const parts = splitHeadline(only.value);
      const children: ElementContent[] =
        parts.length < 2
          ? chunked(parts.join(''))
          : parts.map((part) => ({
              type: 'element',
              tagName: 'span',
              properties: { className: ['headline-part'] },
              children: chunked(part),
            }));
      ctx.removeChildAt(node, 0);
      ctx.appendChild(node, [
        { type: 'element', tagName: 'span', properties: { className: ['headline'] }, children },
      ]);
    },
  },
});
