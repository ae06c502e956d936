/**
 * Every number of the five reports' prose is marked with `<Fact>` or reviewed in
 * content/data/unmarked-figures.json with a reason; a new report's unmarked number fails here until an
 * editor marks it or says why not. Reads the reports through the loader's one parse, as check-data does.
 */
import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../src/lib/facts/from-files.ts';
import { UNMARKED_FIGURES, reviewUnmarked } from '../../src/lib/facts/unmarked.ts';

// Drafts are left out, as check-data and the production build leave them out.
const reports = readReportFiles().filter((report) => !report.draft);

describe('numbers of the reports without a mark', () => {
  it('are each marked or reviewed, and no review is stale', () => {
    expect(reviewUnmarked(reports)).toEqual([]);
  });

  it('are reviewed only for reports that exist', () => {
    const slugs = new Set(reports.map((report) => report.slug));
    expect(UNMARKED_FIGURES.filter((entry) => !slugs.has(entry.report))).toEqual([]);
  });
});
