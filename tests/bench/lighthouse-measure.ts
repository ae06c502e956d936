/**
 * Running Lighthouse against a served site with Debian's Chromium, and reducing its reports to what
 * `npm run bench:lighthouse` prints: the four category scores, LCP, TBT, CLS and bytes, and the audits
 * that cost a point.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.ts';

/** Lighthouse's form factors: a throttled mid-range phone, or a desktop. */
export type Mode = 'mobile' | 'desktop';
/** The categories Lighthouse scores, as its report names them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** One Lighthouse run of one page, reduced. */
export interface RunSummary {
  /** Each category's score, 0–100. */
  scores: Record<Category, number>;
  /** Largest contentful paint, ms (simulated on the throttled device). */
  lcp: number;
  /** Total blocking time, ms. */
  tbt: number;
  /** Cumulative layout shift. */
  cls: number;
  /** Bytes transferred by the page load. */
  bytes: number;
  /** Weighted audits short of full marks (a metric's own score counts: FCP 0.99 is one). */
  findings: Finding[];
}

/** An audit short of full marks. */
export interface Finding {
  /** `category: audit-id title` */
  audit: string;
  /** Its score, 0–1 (the lowest of the runs, for a median run). */
  score: number;
  /** In how many runs it fell short. */
  runs: number;
}

/**
 * Launch headless Chromium with the machine's closed-network flags beside chrome-launcher's own
 * (which Lighthouse's CLI uses: no extensions, no background throttling), for Lighthouse to drive.
 */
export function launchForLighthouse(): Promise<LaunchedChrome> {
  return launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
}

/** One Lighthouse run of `url` in `mode` through the Chromium listening on `port`. */
export async function runLighthouse(url: string, mode: Mode, port: number): Promise<Result> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, mode === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) {
    throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
  }
  return result.lhr;
}

/** The numbers and findings of one report. */
export function summarise(lhr: Result): RunSummary {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100)]),
  ) as Record<Category, number>;
  const findings = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (audit?.score === null || audit?.score === undefined || audit.score >= 1) return [];
        return [{ audit: `${id}: ${audit.id} ${audit.title}`, score: audit.score, runs: 1 }];
      }),
  );
  return {
    scores,
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    bytes: numeric('total-byte-weight'),
    findings,
  };
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Several runs of one page reduced to one: each score and metric the median of its runs. */
export interface MedianRun extends RunSummary {
  /** The lowest performance score of any run: how far the load pushed it. */
  worstPerformance: number;
}

/** Several runs of one page reduced to one: each score and metric is the median of its runs. */
export function medianRun(runs: RunSummary[]): MedianRun {
  const of = (pick: (run: RunSummary) => number) => median(runs.map(pick));
  return {
    worstPerformance: Math.min(...runs.map((run) => run.scores.performance)),
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, of((run) => run.scores[id])])) as Record<
      Category,
      number
    >,
    lcp: of((run) => run.lcp),
    tbt: of((run) => run.tbt),
    cls: of((run) => run.cls),
    bytes: of((run) => run.bytes),
    // A finding of any run is worth reading, once, with its lowest score and how often it came.
    findings: [
      ...Map.groupBy(
        runs.flatMap((run) => run.findings),
        (finding) => finding.audit,
      ),
    ].map(([audit, found]) => ({
      audit,
      score: Math.min(...found.map((finding) => finding.score)),
      runs: found.length,
    })),
  };
}
