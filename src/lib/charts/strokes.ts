/**
 * The stroked lines of a drawn chart (a line mark, an axis's tick marks), as points a px apart, so that
 * the label placement can keep value labels off them. Plot draws these as unfilled `<path>`s of straight
 * segments; a path with curves is left out (no chart here draws one).
 */

/** A point on a stroked line, with half the stroke's width. */
export interface StrokePoint {
  x: number;
  y: number;
  half: number;
}

/** The value of an inherited presentation attribute, from the element up. */
function inherited(element: Element, name: string): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttribute(name);
    if (value) return value;
  }
  return undefined;
}

/** The vertices of a path made of M, L, H and V commands (absolute), or null for any other path. */
function vertices(d: string): [number, number][][] | null {
  if (/[^MLHVZ\d\s,.eE+-]/.test(d)) return null;
  const runs: [number, number][][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
    const numbers = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'Z') continue;
    if (command === 'H') x = numbers.at(-1) ?? x;
    else if (command === 'V') y = numbers.at(-1) ?? y;
    for (let at = 0; command !== 'H' && command !== 'V' && at + 1 < numbers.length; at += 2) {
      [x, y] = [numbers[at] ?? x, numbers[at + 1] ?? y];
      if (command === 'M' && at === 0) runs.push([]);
      runs.at(-1)?.push([x, y]);
    }
    if (command === 'H' || command === 'V') runs.at(-1)?.push([x, y]);
  }
  return runs;
}

/**
 * Points every px along the unfilled, stroked paths of `svg`, moved by `offset(element)` (the sum of its
 * translations up to the svg).
 */
export function strokePoints(svg: Element, offset: (element: Element) => [number, number]): StrokePoint[] {
  const points: StrokePoint[] = [];
  for (const path of svg.querySelectorAll('path')) {
    const stroke = inherited(path, 'stroke');
    if (inherited(path, 'fill') !== 'none' || !stroke || stroke === 'none') continue;
    const runs = vertices(path.getAttribute('d') ?? '');
    if (!runs) continue;
    const half = Number(inherited(path, 'stroke-width') ?? 1) / 2;
    const [dx, dy] = offset(path);
    for (const run of runs) {
      run.forEach(([x1, y1], at) => {
        const [x0, y0] = run[at - 1] ?? [x1, y1];
        const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
        for (let step = at === 0 ? steps : 0; step <= steps; step++) {
          const t = step / steps;
          points.push({ x: x0 + (x1 - x0) * t + dx, y: y0 + (y1 - y0) * t + dy, half });
        }
      });
    }
  }
  return points;
}
