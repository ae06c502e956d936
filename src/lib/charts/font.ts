/**
 * The font for chart PNGs: Noto Sans SC from npm (`@fontsource/noto-sans-sc`), never a system font (CI
 * has no CJK font) and never the network. The package splits the font into about a hundred slices by
 * Unicode range (as Google Fonts serves it); a PNG loads only the slices holding its characters, each
 * converted once per build from WOFF to the TrueType the renderer needs, and those of one weight merged
 * into one font (font-merge.ts: the renderer's fallback across faces ignores weight).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mergeSlices } from './font-merge.ts';
import { woffToSfnt } from './woff.ts';

/** The family name of the font, which chart SVGs name first. */
export const PNG_FONT_FAMILY = 'Noto Sans SC';

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));
const OUT = join(tmpdir(), `jj-chart-fonts-${process.pid}`);

/** One slice: its WOFF file and the code point ranges it covers. */
interface Slice {
  file: string;
  ranges: [number, number][];
}

/** The slices of a weight, from the package's CSS (`src: url(…woff)`, `unicode-range: U+4e00-4e0f,…`). */
function slicesOf(weight: 400 | 700): Slice[] {
  const css = readFileSync(join(PACKAGE, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\)[^}]*unicode-range:\s*([^;]+);/g)].map((match) => ({
    file: join(PACKAGE, 'files', match[1] ?? ''),
    ranges: (match[2] ?? '').split(',').map((range) => {
      const [from = '0', to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  }));
}

/**
 * One TrueType file holding every slice of `slices` (one weight), written once per build for each set:
 * a PNG's text is drawn from one face per weight, with nothing to fall back for.
 */
function mergedFile(slices: Slice[]): string {
  const key = createHash('sha256')
    .update(slices.map((slice) => slice.file).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const file = join(OUT, `${key}.ttf`);
  if (!existsSync(file)) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(file, mergeSlices(slices.map((slice) => woffToSfnt(readFileSync(slice.file)))));
  }
  return file;
}

/** The slices of one weight holding any character of `text`. */
function slicesFor(all: Slice[], text: string): Slice[] {
  const codes = [...new Set(text)].map((char) => char.codePointAt(0) ?? 0);
  return all.filter((slice) =>
    codes.some((code) => slice.ranges.some(([from, to]) => code >= from && code <= to)),
  );
}

let regular: Slice[] | undefined;
let bold: Slice[] | undefined;

/**
 * TrueType files holding every character of `text` (regular, with digits) and of `boldText` (bold), one
 * file a weight: bold is loaded only where it is drawn, as each font costs parsing time in every render.
 */
export function fontFilesFor(text: string, boldText = ''): string[] {
  regular ??= slicesOf(400);
  bold ??= slicesOf(700);
  const weights = [slicesFor(regular, `${text}0123456789`), boldText ? slicesFor(bold, boldText) : []];
  return weights.filter((slices) => slices.length > 0).map(mergedFile);
}
