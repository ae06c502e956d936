/**
 * What a figure allows, as an interval: an exact 1797.4 is anything that rounds to it, 超1400 is above
 * 1400, 近150 is a little under 150, 约7.9 is near 7.9, and an estimate allows anything. Two figures
 * disagree only when their intervals do not meet, so 超1400亿元 and 1410亿元 agree.
 */

/** The fields the interval needs. */
export interface Bounded {
  value: number;
  qualifier: string;
  estimate?: boolean;
}

/** How far a figure may be from its written value when it is called 近 or 约, as a fraction. */
const NEAR = 0.1;

/** Half the unit of the last written digit: 1797.4 → 0.05, 1600 → 0.5. */
function rounding(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}

/** The interval a figure allows. */
export function bounds(figure: Bounded): [number, number] {
  const { value } = figure;
  if (figure.estimate) return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  switch (figure.qualifier) {
    case 'more-than':
      return [value, Number.POSITIVE_INFINITY];
    case 'nearly':
      return [value * (1 - NEAR), value];
    case 'about':
      return [value * (1 - NEAR), value * (1 + NEAR)];
    default:
      return [value - rounding(value), value + rounding(value)];
  }
}

/** True when both figures can hold at once. */
export function compatible(a: Bounded, b: Bounded): boolean {
  const [la, ha] = bounds(a);
  const [lb, hb] = bounds(b);
  return la <= hb && lb <= ha;
}
