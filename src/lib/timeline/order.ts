/** The order and labels of timeline events: pure, for pages and tests alike. */

/**
 * The order of the timeline: by date; an event known only to the month comes after that month's
 * days, one known only to the year after that year's months; then by report and place in it.
 */
export function sortKey(date: string): string {
  return date.length === 4 ? `${date}-99` : date.length === 7 ? `${date}-99` : date;
}

/** Events in timeline order. */
export function sortEvents<E extends { date: string; report: { date: Date } }>(events: readonly E[]): E[] {
  return [...events].sort(
    (a, b) =>
      sortKey(a.date).localeCompare(sortKey(b.date)) || a.report.date.getTime() - b.report.date.getTime(),
  );
}

/** How a reader writes an event's date: 2023年6月15日, 2020年9月, 2022年. */
export function eventDateLabel(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}
