/** Chart PNGs are drawn on a worker thread: answers come back to the right request, errors too. */
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../../src/lib/charts/png-worker.ts';

const svg = (width: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="10"><rect width="${width}" height="10" fill="#123456"/></svg>`;
/** A PNG's width, from its IHDR chunk. */
const widthOf = (png: Uint8Array) => new DataView(png.buffer, png.byteOffset).getUint32(16);

describe('renderPng', () => {
  it('answers each of several requests sent at once with its own PNG', async () => {
    const pngs = await Promise.all([20, 40, 60].map((width) => renderPng(svg(width), {})));
    expect(pngs.map((png) => [...png.slice(1, 4)].map((code) => String.fromCharCode(code)).join(''))).toEqual(
      ['PNG', 'PNG', 'PNG'],
    );
    expect(pngs.map(widthOf)).toEqual([20, 40, 60]);
    expect(widthOf(await renderPng(svg(20), { fitTo: { mode: 'width', value: 80 } }))).toBe(80);
  });

  it('rejects with resvg’s message when the SVG cannot be read', async () => {
    await expect(renderPng('<svg', {})).rejects.toThrow(/resvg/);
  });
});
