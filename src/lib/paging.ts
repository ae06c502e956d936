/**
 * Splitting long lists into pages, so that no page grows with the archive: the reports of a year, a
 * topic's reports, the rows of the data table. Pure: pages and tests use it alike. Page 1 of a list
 * lives at the list's own address (`/reports/year/2022/`), page n at `<address>n/`.
 */

/** One page of a list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has. */
  total: number;
  /** The items on this page. */
  items: T[];
  /** Index in the whole list of this page's first item (0-based). */
  offset: number;
  /** How many items the whole list has. */
  count: number;
}

/** The list in pages of at most `size` items; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a whole number ≥ 1, not ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
    offset: index * size,
    count: items.length,
  }));
}

/** The address of page `number` of the list at `base` (which ends in `/`): page 1 is `base` itself. */
export function pagePath(base: string, number: number): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return number <= 1 ? root : `${root}${number}/`;
}

/** The rest parameter of an Astro `[...page]` route for page `number`: none for page 1. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : String(number);
}

/**
 * The page numbers a pager shows around `current`: the first, the last, and `span` either side of the
 * current one, with `'gap'` where numbers are left out (1 … 4 5 6 … 20).
 */
export function pageWindow(current: number, total: number, span = 2): (number | 'gap')[] {
  const shown: (number | 'gap')[] = [];
  for (let number = 1; number <= total; number++) {
    const near = Math.abs(number - current) <= span;
    if (number === 1 || number === total || near) shown.push(number);
    else if (shown.at(-1) !== 'gap') shown.push('gap');
  }
  return shown;
}

/** Items grouped by a key, in the order each key first appears. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
