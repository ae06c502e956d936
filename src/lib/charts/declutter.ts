/**
 * Labels that never collide: after Plot has drawn a chart, every text's box is estimated from its
 * position, anchor and size (CJK characters are one em wide, digits about 0.6 em, estimated on the wide
 * side), and texts are kept in order of importance: axis titles, then value axes, then the year axis
 * (thinned, keeping the first and last ticks), then value labels, latest first. A value label that would
 * overlap a text already kept, a dot or bar, or a stroked line (the chart's line, an axis's tick marks) is
 * nudged a few px away from its mark; one that still collides, or any text that leaves the drawing, is
 * dropped; the table and the tooltips still hold every value.
 */
import { strokePoints, type StrokePoint } from './strokes.ts';

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

/**
 * The cores of dots and bars, which a value label must not cover: the middle half of a dot, a bar less
 * its top 3 px (where its own label sits just above it).
 */
function markBoxes(svg: Element): TextBox[] {
  const number = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);
  const boxes: TextBox[] = [];
  for (const circle of svg.querySelectorAll('circle')) {
    const [dx, dy] = translation(circle);
    const x = number(circle, 'cx') + dx;
    const y = number(circle, 'cy') + dy;
    const r = Math.max(0, number(circle, 'r') / 2 - 1);
    boxes.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
  }
  for (const rect of svg.querySelectorAll('rect')) {
    const [dx, dy] = translation(rect);
    const x = number(rect, 'x') + dx;
    const y = number(rect, 'y') + dy;
    const w = number(rect, 'width');
    const h = number(rect, 'height');
    if (h > 4) boxes.push({ x0: x + 1, y0: y + 3, x1: x + w - 1, y1: y + h });
  }
  return boxes;
}

/** Order of importance of a text, from the aria-label of its group (lower is kept first). */
function rank(text: Element): number {
  const label = text.parentElement?.getAttribute('aria-label') ?? '';
  if (/axis label$/.test(label)) return 0;
  if (/^y-axis tick label/.test(label)) return 1;
  if (/axis tick label/.test(label)) return 2;
  return 3;
}

/** True when a stroked line passes through the box. */
function onStroke(box: TextBox, points: readonly StrokePoint[]): boolean {
  return points.some(
    ({ x, y, half }) => x > box.x0 - half && x < box.x1 + half && y > box.y0 - half && y < box.y1 + half,
  );
}

/**
 * Where to try a value label, as offsets from where the chart put it: there, further from its mark
 * (`away` is -1 for a label above it, 1 below), then a little beside it, then both.
 */
function nudges(away: number): [number, number][] {
  const steps: [number, number][] = [[0, 0]];
  for (const y of [3, 6, 9, 12]) steps.push([0, away * y]);
  // Never so far aside that the label reads as its neighbour's: dots stand 20 px apart or more.
  for (const y of [0, 4, 8]) for (const x of [4, 8]) steps.push([x, away * y], [-x, away * y]);
  return steps;
}

/** How far a nudge moves a label (see `nudges`), with a pixel to spare. */
const NUDGE_REACH = 13;

/** A box grown by `by` px on every side. */
function grown(box: TextBox, by: number): TextBox {
  return { x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by };
}

/** The text's own `translate(x,y)`, which a nudge moves; null when it has none to move. */
function ownTranslate(text: Element): [number, number] | null {
  const match = /^translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)$/.exec(text.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : null;
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
  // Value labels last drawn first: marks follow time, and the latest value is the one a reader wants.
  texts.sort(
    (a, b) =>
      a.rank - b.rank || order(a) - order(b) || (a.rank === 3 ? b.index - a.index : a.index - b.index),
  );
  const kept: TextBox[] = [];
  const marks = markBoxes(svg);
  const strokes = strokePoints(svg, translation);
  const dropped: string[] = [];
  for (const { text, rank: level } of texts) {
    const own = level === 3 ? ownTranslate(text) : null;
    const away = translation(text)[1] - (own?.[1] ?? 0) > 0 ? 1 : -1;
    // Only what lies near the text can collide with it, wherever a nudge puts it: a segmented chart has
    // hundreds of marks, stroke points and kept labels, and each nudge of each label checked them all.
    const near = grown(textBox(text, rootSize), own ? NUDGE_REACH : 0);
    const nearKept = kept.filter((other) => overlaps(near, other));
    const nearMarks = level === 3 ? marks.filter((mark) => overlaps(near, mark)) : [];
    const nearStrokes = level === 3 ? strokes.filter((point) => onStroke(near, [point])) : [];
    const fits = (box: TextBox) => {
      const outside = box.x0 < -2 || box.x1 > width + 2 || box.y0 < -2 || box.y1 > height + 2;
      const onMark =
        level === 3 && (nearMarks.some((mark) => overlaps(box, mark)) || onStroke(box, nearStrokes));
      return !(level > 0 && outside) && !onMark && !nearKept.some((other) => overlaps(box, other));
    };
    const place = (own ? nudges(away) : [[0, 0] as [number, number]]).find(([dx, dy]) => {
      if (own) text.setAttribute('transform', `translate(${own[0] + dx},${own[1] + dy})`);
      return fits(textBox(text, rootSize));
    });
    if (place) kept.push(textBox(text, rootSize));
    else {
      dropped.push(text.textContent ?? '');
      text.remove();
    }
  }
  return dropped;
}
