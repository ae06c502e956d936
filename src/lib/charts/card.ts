/**
 * A share card per chart for WeChat and other apps that pass images around: 1080×1350 px with the title,
 * the subtitle, the chart, one source line, the site's address and a QR code of the chart's permanent
 * address, so a screenshot that travels still leads back to the figures.
 */
import QRCode from 'qrcode';
import { escapeXml } from './render.ts';
import { FONT_FAMILY, fontSize, type Theme } from './theme.ts';

/** The card's size in pixels (WeChat's portrait 4:5). */
export const CARD = { width: 1080, height: 1350 } as const;

const MARGIN = 72;

/** What a card shows. */
export interface CardInput {
  title: string;
  subtitle: string;
  /** The chart's light drawings; the card nests the one whose type comes out largest. */
  drawings: { svg: string; width: number; height: number }[];
  source: string;
  /** The site's name and its address as printed. */
  site: string;
  address: string;
  /** The address the QR code holds. */
  url: string;
  theme: Theme;
}

/**
 * The units a line may not split: a number or Latin word (1797.4, 12%, GB/T), and a character with the
 * punctuation that may not start a line after it (，。、）》” close up to what they follow) or end a line
 * before it (（《“ open onto what follows), as clreq's line-breaking rules ask.
 */
const UNITS = /[“‘（《〈【「『]*(?:[0-9A-Za-z][0-9A-Za-z.,%/+-]*|.)[，。、；：！？）》〉】」』”’%]*/gsu;

/** Lines of at most `width` px of text at `size` px (CJK characters are square, Latin about half). */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const unit of text.match(UNITS) ?? []) {
    const advance = [...unit].reduce(
      (sum, char) => sum + (/[\u2E80-\uFFFF]/u.test(char) ? size : size * 0.55),
      0,
    );
    if (used + advance > width && line) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += unit;
    used += advance;
  }
  return line ? [...lines, line] : lines;
}

/** Text lines as SVG, the first baseline at `y`. */
function textLines(lines: string[], y: number, size: number, fill: string, weight = 400): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${MARGIN}" y="${y + index * size * 1.35}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The QR code of a URL as one SVG path, `size` px square, at (x, y). */
function qrPath(url: string, x: number, y: number, size: number, fill: string): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  let d = '';
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) d += `M${x + col * cell},${y + row * cell}h${cell}v${cell}h-${cell}z`;
  return `<path d="${d}" fill="${fill}"/>`;
}

/** The card's SVG markup. */
export function cardSvg(input: CardInput): string {
  const { theme } = input;
  const inner = CARD.width - 2 * MARGIN;
  const title = wrap(input.title, 60, inner).slice(0, 3);
  const subtitle = wrap(input.subtitle, 32, inner).slice(0, 3);
  let y = MARGIN + 60;
  const head = textLines(title, y, 60, theme.text, 700);
  y += title.length * 60 * 1.35;
  const sub = textLines(subtitle, y, 32, theme.muted);
  y += subtitle.length * 32 * 1.35;
  const qr = 200;
  const footer = CARD.height - MARGIN - qr;
  const room = footer - 40 - y;
  const fit = (drawing: CardInput['drawings'][number]) =>
    Math.min(inner / drawing.width, room / drawing.height) * fontSize(drawing.width);
  const best = [...input.drawings].sort((a, b) => fit(b) - fit(a))[0];
  if (!best) throw new Error(`card “${input.title}”: no drawing`);
  const scale = Math.min(inner / best.width, room / best.height);
  const chartHeight = best.height * scale;
  const chartWidth = best.width * scale;
  const chart = best.svg.replace(/^<svg[^>]*>/, (tag) =>
    tag
      .replace(/ (width|height)="[^"]*"/g, '')
      .replace(
        '<svg',
        `<svg x="${MARGIN + (inner - chartWidth) / 2}" y="${y + (room - chartHeight) / 2}" width="${chartWidth}" height="${chartHeight}"`,
      ),
  );
  const source = wrap(input.source, 26, inner - qr - 40).slice(0, 4);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<rect width="100%" height="100%" fill="${theme.background}"/>`,
    head,
    sub,
    chart,
    textLines(source, footer + 30, 26, theme.muted),
    textLines([input.site], CARD.height - MARGIN - 46, 30, theme.text, 700),
    textLines([input.address], CARD.height - MARGIN - 6, 26, theme.muted),
    qrPath(input.url, CARD.width - MARGIN - qr, footer, qr, theme.text),
    `</svg>`,
  ].join('');
}
