/**
 * The colours and sizes a chart file is drawn with. A chart is an image file (`<img>` in a `<picture>`),
 * so it cannot read the page's CSS variables: each file is drawn for one colour scheme with fixed colours,
 * and for one column width, and the page's `<source media>` picks the file that fits.
 */

/** The colours of one scheme: text, grid and the Okabe–Ito series colours. */
export interface Theme {
  name: 'light' | 'dark';
  /** Axis text and labels (the page's --text). */
  text: string;
  /** Background of share cards and PNGs (the page's --surface). */
  background: string;
  /** Secondary text (source lines on cards). */
  muted: string;
  /** Colour of each `var(--chart-…)` token used in chart options. */
  tokens: Record<string, string>;
}

/** Colour-blind-safe series colours (Okabe–Ito), lighter on dark backgrounds; the same as charts.css. */
export const THEMES: Record<Theme['name'], Theme> = {
  light: {
    name: 'light',
    text: '#1d1d1f',
    background: '#ffffff',
    muted: '#5b5b60',
    tokens: {
      'chart-1': '#0072b2',
      'chart-2': '#d55e00',
      'chart-3': '#009e73',
      'chart-4': '#cc79a7',
      'chart-5': '#b07800',
      'chart-target': '#d55e00',
    },
  },
  dark: {
    name: 'dark',
    text: '#e8e6e1',
    background: '#1f2024',
    muted: '#a5a39d',
    tokens: {
      'chart-1': '#56b4e9',
      'chart-2': '#f5a05a',
      'chart-3': '#3cc9a0',
      'chart-4': '#e8a3cf',
      'chart-5': '#f0c64f',
      'chart-target': '#f5a05a',
    },
  },
};

/** Replace every `var(--chart-…)` in SVG markup with the scheme's colour. */
export function applyTheme(markup: string, theme: Theme): string {
  const colors: Record<string, string> = { ...theme.tokens, text: theme.text };
  return markup.replace(/var\(--([a-z0-9-]+)\)/g, (all, token: string) => colors[token] ?? all);
}

/**
 * The column widths a chart is drawn for, measured in Chromium on the built pages (figure content box):
 * 267 px at a 320 px viewport, 304 at 360, 333 at 390, 354 at 414, 609 on a report page and 699 on an
 * indicator page from 40rem up. Each size is drawn near the narrowest column it is shown in, so its type
 * is never scaled down by more than a few per cent: 13 px type drawn at 280 shows at 12.4 px at 320.
 */
export const SIZES = [
  { name: 'phone-s', width: 280, minViewport: 0 },
  { name: 'phone', width: 336, minViewport: 375 },
  { name: 'desktop', width: 640, minViewport: 640 },
] as const;

/** One of the drawn sizes. */
export type Size = (typeof SIZES)[number];

/** The chart type size at a drawn width: 13 px on phones (never under 12 px shown), 14 px on desktops. */
export function fontSize(width: number): number {
  return width < 480 ? 13 : 14;
}

/** The fonts of chart files: the page's CJK stack, with Noto Sans SC first, which the PNG renderer has. */
export const FONT_FAMILY =
  "'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";
