/**
 * Names that keep conflicting figures apart: where two figures would take one slot of a chart (one bar
 * row for 2022年 科技型企业), the second and later get （说法二）…, so a chart shows them side by side
 * and never adds one to the other.
 */

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A function giving each item its slot name, made unique in the order of `items`. */
export function uniqueSlots<T>(items: readonly T[], slot: (item: T) => string): (item: T) => string {
  const names = new Map<T, string>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const base = slot(item);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    names.set(item, count === 1 ? base : `${base}（说法${ORDINALS[count - 1] ?? count}）`);
  }
  return (item) => names.get(item) ?? slot(item);
}
