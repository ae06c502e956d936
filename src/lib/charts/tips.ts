/**
 * Where a chart's tooltip goes, as pure geometry the page's script and the tests share: the mark under
 * the pointer, from the boxes the build wrote (viewBox units), and a place for the tip that never covers
 * the mark or its value label (drawn just above the mark), clamped to the chart's width.
 */
import type { MarkBox } from './render.ts';

/** Room left above a mark for its value label, in viewBox units (label type plus its offset). */
export const LABEL_ROOM = 26;

/** The mark at a point (viewBox units), or the nearest within `reach` units; undefined when none. */
export function markAt(marks: MarkBox[], x: number, y: number, reach = 12): MarkBox | undefined {
  let best: MarkBox | undefined;
  let bestDistance = reach;
  for (const mark of marks) {
    const dx = Math.max(mark.x - x, 0, x - (mark.x + mark.w));
    const dy = Math.max(mark.y - y, 0, y - (mark.y + mark.h));
    const distance = Math.hypot(dx, dy);
    if (distance <= bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}

/** A tip's position in CSS pixels: its horizontal centre and its top or bottom edge. */
export interface TipPlace {
  left: number;
  /** Top edge when `below`, bottom edge otherwise. */
  edge: number;
  below: boolean;
}

/**
 * Place a tip of `tipWidth`×`tipHeight` CSS px for a mark, the drawing shown at `scale` CSS px per
 * viewBox unit in a box `width` px wide: above the mark's value label when it fits, else below the mark.
 */
export function placeTip(
  mark: MarkBox,
  scale: number,
  width: number,
  tipWidth: number,
  tipHeight: number,
): TipPlace {
  const half = tipWidth / 2;
  const centre = (mark.x + mark.w / 2) * scale;
  const left = Math.min(Math.max(centre, half), Math.max(half, width - half));
  const above = (mark.y - LABEL_ROOM) * scale - 4;
  if (above - tipHeight >= 0) return { left, edge: above, below: false };
  return { left, edge: (mark.y + mark.h) * scale + 6, below: true };
}
