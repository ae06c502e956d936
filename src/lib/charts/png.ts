/** Chart SVGs to PNG at build time with resvg, in Noto Sans SC from npm: Chinese shows on any machine. */
import { Resvg } from '@resvg/resvg-js';
import { PNG_FONT_FAMILY, fontFilesFor } from './font.ts';

/** The PNG of an SVG drawn `width` pixels wide, with the text's glyphs from the bundled font. */
export async function svgToPng(
  svg: string,
  width: number,
  background?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const text = svg.replace(/<[^>]*>/g, '');
  const fontFiles = fontFilesFor(text);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background,
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
