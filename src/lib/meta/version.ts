/**
 * The dataset's version and date, shown on /data/ and each indicator page so that a citation can say
 * which data it used: the version is a fingerprint of every observation (it changes exactly when a
 * figure, its period or its sentence does), the date is that of the newest report stating a figure.
 */
import type { Observation } from '../facts/observations.ts';
import { memoize } from '../memo.ts';

/**
 * A short fingerprint of the observations, e.g. `d3f9a1c0`; once per observations array, as every data
 * and indicator page shows it.
 */
export const datasetVersion = memoize(fingerprint);

/** The fingerprint, computed. */
function fingerprint(observations: readonly Observation[]): string {
  const text = JSON.stringify(
    observations.map((o) => [
      o.metric,
      o.segment,
      o.period,
      o.value,
      o.unit,
      o.qualifier,
      o.slug,
      o.anchor,
      o.quote,
    ]),
  );
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The date of the newest report that states a figure, or undefined when none does. */
export function datasetDate(
  observations: readonly Pick<Observation, 'slug'>[],
  reports: readonly { id: string; data: { date: Date } }[],
): Date | undefined {
  const stating = new Set(observations.map((o) => o.slug));
  return reports
    .filter((report) => stating.has(report.id))
    .map((report) => report.data.date)
    .sort((a, b) => a.getTime() - b.getTime())
    .at(-1);
}
