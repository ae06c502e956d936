/**
 * Labels that never collide: after Plot has drawn a chart, every text's box is estimated from its
 * position, anchor and size (CJK characters are one em wide, digits about 0.6 em, estimated on the wide
 * side), and texts are kept in order of importance: axis titles, then value axes, then the year axis
 * (thinned, keeping the first and last ticks), then value labels in mark order. A text that overlaps one
 * already kept, or leaves the drawing, is dropped; the table and the tooltips still hold every value.
 */

/** A text's estimated box in the drawing's coordinates. */
export interface TextBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Advance of one character in em: wide for CJK and full-width forms, narrow for punctuation. */
export function charWidth(char: string): number {
  if (/[\u2E80-\uFFFF]/u.test(char)) return 1;
  if (/[.,:;'!|il]/.test(char)) return 0.32;
  if (/[%MWmw@]/.test(char)) return 0.9;
  if (char === ' ') return 0.3;
  return 0.62;
}

/** The width of a text in em. */
export function textEm(text: string): number {
  return [...text].reduce((width, char) => width + charWidth(char), 0);
}

/** The value of an inherited presentation attribute, from the element up. */
function inherited(element: Element, name: string): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttribute(name);
    if (value) return value;
  }
  return undefined;
}

/** The sum of `translate(…)` transforms from the element up to the svg. */
function translation(element: Element): [number, number] {
  let x = 0;
  let y = 0;
  for (
    let node: Element | null = element;
    node && node.tagName.toLowerCase() !== 'svg';
    node = node.parentElement
  ) {
    const match = /translate\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/.exec(
      node.getAttribute('transform') ?? '',
    );
    if (match) {
      x += Number(match[1]);
      y += Number(match[2] ?? 0);
    }
  }
  return [x, y];
}

/** A length attribute in px (`0.32em` is relative to the font size). */
function length(value: string | null, size: number): number {
  if (!value) return 0;
  return value.endsWith('em') ? parseFloat(value) * size : parseFloat(value);
}

/** The estimated box of a `<text>` (one line), with a little room around it. */
export function textBox(text: Element, rootSize: number): TextBox {
  const size = parseFloat(inherited(text, 'font-size') ?? String(rootSize));
  const [tx, ty] = translation(text);
  const x = tx + length(text.getAttribute('x'), size) + length(text.getAttribute('dx'), size);
  const baseline = ty + length(text.getAttribute('y'), size) + length(text.getAttribute('dy'), size);
  const width = textEm(text.textContent ?? '') * size;
  const anchor = inherited(text, 'text-anchor') ?? 'start';
  const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  const pad = 1.5;
  return {
    x0: x0 - pad,
    y0: baseline - 0.9 * size - pad,
    x1: x0 + width + pad,
    y1: baseline + 0.25 * size + pad,
  };
}

/** True when two boxes overlap. */
export function overlaps(a: TextBox, b: TextBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Order of importance of a text, from the aria-label of its group (lower is kept first). */
function rank(text: Element): number {
  const label = text.parentElement?.getAttribute('aria-label') ?? '';
  if (/axis label$/.test(label)) return 0;
  if (/^y-axis tick label/.test(label)) return 1;
  if (/axis tick label/.test(label)) return 2;
  return 3;
}

/**
 * Drop the texts of an svg that would overlap a more important one or leave the drawing; returns the
 * dropped texts' content. On an axis the first and last ticks are kept before the ones between.
 */
export function declutter(svg: Element, width: number, height: number, rootSize: number): string[] {
  const texts = [...svg.querySelectorAll('text')].map((text, index) => ({ text, index, rank: rank(text) }));
  const order = (item: (typeof texts)[number]) => {
    if (item.rank !== 2) return 0;
    const siblings = [...(item.text.parentElement?.children ?? [])];
    const at = siblings.indexOf(item.text);
    return at === 0 || at === siblings.length - 1 ? 0 : 1;
  };
  texts.sort((a, b) => a.rank - b.rank || order(a) - order(b) || a.index - b.index);
  const kept: TextBox[] = [];
  const dropped: string[] = [];
  for (const { text, rank: level } of texts) {
    const box = textBox(text, rootSize);
    const outside = box.x0 < -2 || box.x1 > width + 2 || box.y0 < -2 || box.y1 > height + 2;
    if ((level > 0 && outside) || kept.some((other) => overlaps(box, other))) {
      dropped.push(text.textContent ?? '');
      text.remove();
    } else kept.push(box);
  }
  return dropped;
}
