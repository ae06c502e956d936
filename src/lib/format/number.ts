/**
 * The site's one number style, for text, tables, charts, tooltips, the data pages and search (see the
 * editors' guide, 数字的写法): digits never grouped (1797.4亿元, 33618户, as the sources print them and as
 * GB/T 15835 allows outside specialised publications), no space between a number and its unit, as many
 * decimals as the source gives, a year written 2023年 wherever it stands alone, chart axes included.
 */

const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 6 });

/** `1797.4`, `33618`, `-2.3`: no grouping, no trailing zeros, no float noise (0.1 + 0.2 → 0.3). */
export function formatNumber(value: number): string {
  return plain.format(value).replace(/^-0$/, '0');
}

/** A value with its unit and the source's qualifier, with no space between: `超1797.4亿元`, `12%`. */
export function formatValue(value: number, unit = '', qualifier = ''): string {
  return `${qualifier}${formatNumber(value)}${unit}`;
}

/** A year standing alone, in text, tables, filters, tooltips and on chart axes: `2023年`. */
export function formatYear(year: number | string): string {
  return `${year}年`;
}

/** A count with what it counts, no spaces: `formatCount(9, '个页面')` → `9个页面`. */
export function formatCount(count: number, measure: string): string {
  return `${formatNumber(count)}${measure}`;
}

/** Measure words for the kinds of page search finds; a kind not listed counts as 个…页面. */
const MEASURES: Record<string, string> = {
  报道: '篇报道',
  指标: '个指标',
  企业: '家企业',
  园区: '个园区',
  平台: '个平台',
  通道: '条通道',
  项目: '个项目',
};

/**
 * A count of results that names what it counts: `5篇报道、4个指标`; `kinds` holds each result's kind
 * (报道 when a page names none). Only when some kinds are unknown does it fall back to `9个页面`.
 */
export function formatKindCounts(kinds: readonly (string | undefined)[]): string {
  if (kinds.some((kind) => kind === undefined)) return formatCount(kinds.length, '个页面');
  const counts = new Map<string, number>();
  for (const kind of kinds as string[]) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => formatCount(count, MEASURES[kind] ?? `个${kind}页面`)).join('、');
}

/**
 * Where the style is broken in a text: a grouped number (1,797.4) or a space between a number and a
 * Chinese unit or measure word (229.5 亿元, 9 个). The check of `dist/` runs this over every surface.
 */
export function numberStyleErrors(text: string): string[] {
  const errors: string[] = [];
  for (const match of text.matchAll(/(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])/g)) {
    errors.push(`grouped digits: ${context(text, match.index, match[0].length)}`);
  }
  // A number, not the digits of a Latin name (UTF-16, XFC 2.0) or a code (2023-06).
  for (const match of text.matchAll(
    /(?<![\w.-])\d+(?:\.\d+)?[ \u00a0\u2009\u3000]+(?=[\u4e00-\u9fff%％])/g,
  )) {
    errors.push(`space after a number: ${context(text, match.index, match[0].length)}`);
  }
  for (const match of text.matchAll(/[\u4e00-\u9fff][ \u00a0\u2009]+(?=\d+(?:\.\d+)?(?![\w-]))/g)) {
    errors.push(`space before a number: ${context(text, match.index, match[0].length)}`);
  }
  return errors;
}

function context(text: string, index: number, length: number): string {
  return JSON.stringify(text.slice(Math.max(0, index - 8), index + length + 8));
}
