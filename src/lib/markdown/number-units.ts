/**
 * Sätteri HAST plugin: every number with its unit in a report's text (1797.4亿元, 12%) becomes
 * `<span class="nu">`, which global.css keeps on one line (see src/lib/format/number-units.ts).
 */
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { numberUnitRuns } from '../format/number-units.ts';

/** Elements whose text is shown as written: code is never rewrapped. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** The plugin, for `satteri({ hastPlugins })` in astro.config.mjs. */
export const numberUnits = defineHastPlugin({
  name: 'number-units',
  text(node, ctx) {
    const parent = ctx.parent(node);
    if (parent?.type === 'element' && VERBATIM.has(parent.tagName)) return;
    const runs = numberUnitRuns(node.value);
    if (!runs.some((run) => run.keep)) return;
    const nodes: ElementContent[] = runs.map((run) =>
      run.keep
        ? {
            type: 'element',
            tagName: 'span',
            properties: { className: ['nu'] },
            children: [{ type: 'text', value: run.text }],
          }
        : { type: 'text', value: run.text },
    );
    ctx.replaceNode(node, nodes);
  },
});
