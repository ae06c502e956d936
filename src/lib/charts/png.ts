/**
 * Chart SVGs to PNG at build time with resvg, in Noto Sans SC from npm: Chinese shows on any machine.
 * PNGs are kept in node_modules/.cache by a hash of what they are drawn from, so a build renders only
 * the charts whose figures changed; a fresh clone renders them all once.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG_FONT_FAMILY, fontFilesFor } from './font.ts';
import { renderPng } from './png-worker.ts';

/** Bump to re-render every cached PNG (a change of font, renderer or drawing rules). */
const VERSION = 2;
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'jj-chart-png');

/** The PNG of an SVG drawn `width` pixels wide; `boldText` is drawn in the bold weight. */
export async function svgToPng(
  svg: string,
  width: number,
  background?: string,
  boldText = '',
): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(JSON.stringify([VERSION, svg, width, background, boldText]))
    .digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  // On a thread of its own: the build goes on rendering pages while resvg draws and encodes.
  const png = await renderPng(svg, {
    fitTo: { mode: 'width', value: width },
    background,
    font: {
      loadSystemFonts: false,
      fontFiles: fontFilesFor(svg.replace(/<[^>]*>/g, ''), boldText),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
    },
  });
  mkdirSync(CACHE, { recursive: true });
  // Written under a temporary name and renamed, so a parallel build never reads half a file.
  writeFileSync(`${cached}.${process.pid}`, png);
  renameSync(`${cached}.${process.pid}`, cached);
  return png;
}
