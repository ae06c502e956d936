/** A chart's figures as CSV for Excel and scripts: UTF-8 with a BOM, one row per figure, with its sentence. */
import type { Observation } from '../facts/observations.ts';

/** A CSV field, quoted when it holds a comma, quote or line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV of some figures; `url` makes each report link absolute. */
export function chartCsv(observations: Observation[], url: (path: string) => string): string {
  const head = ['period', 'metric', 'name', 'segment', 'value', 'unit', 'qualifier', 'report', 'quote'];
  const rows = observations.map((o) =>
    [o.period, o.metric, o.name, o.segmentName, o.value, o.unit, o.qualifierName, url(o.href), o.quote]
      .map(field)
      .join(','),
  );
  return `\uFEFF${[head.join(','), ...rows].join('\r\n')}\r\n`;
}
