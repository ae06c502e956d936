/**
 * Sätteri HAST plugin: a heading's text becomes `<span class="headline">`, with one
 * `<span class="headline-part">` per part of a two-part Chinese headline (no space between them in the
 * text, see splitHeadline) and `<wbr>` where a line may break: at the editor's break marks, or between
 * words when there are none (see headlineRuns).
 */
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { hasBreakMarks } from '../text/breaks.ts';
import { headlineRuns } from '../text/headline.ts';
import { PROTECTED_NAMES } from '../text/names.ts';

/** The runs joined by `<wbr>`; an editor's marked runs are held together in spans (see Headline.astro). */
function chunked(runs: string[], marked: boolean): ElementContent[] {
  return runs.flatMap((chunk, index): ElementContent[] => [
    ...(index > 0
      ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as ElementContent]
      : []),
    marked
      ? {
          type: 'element',
          tagName: 'span',
          properties: { className: ['headline-run'] },
          children: [{ type: 'text', value: chunk }],
        }
      : { type: 'text', value: chunk },
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
      const parts = headlineRuns(only.value, PROTECTED_NAMES);
      const marked = hasBreakMarks(only.value);
      const children: ElementContent[] =
        parts.length < 2
          ? chunked(parts.flat(), marked)
          : parts.map((part) => ({
              type: 'element',
              tagName: 'span',
              properties: { className: ['headline-part'] },
              children: chunked(part, marked),
            }));
      ctx.removeChildAt(node, 0);
      ctx.appendChild(node, [
        { type: 'element', tagName: 'span', properties: { className: ['headline'] }, children },
      ]);
    },
  },
});
