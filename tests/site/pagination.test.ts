/**
 * Long lists in pages, read from built sites: the real build, and a generated archive of 24 reports
 * (tests/bench/scale-generate.ts, the benchmark's generator) whose data table runs to several pages.
 * Following only links, as a reader with JavaScript off would, every report and every figure is
 * reached, each exactly once in each list, and the counts the pages print are right.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, readReportSources, requireDist } from '../helpers/dist.ts';
import { generateReports } from '../bench/scale-generate.ts';
import { buildProject, removeProject, writeSiteProject } from '../bench/scale-project.ts';
import { TIMELINE_LATEST, TIMELINE_PAGE_SIZE } from '../../src/lib/timeline/pages.ts';

/** A page of a built site by its URL path. */
function pageOf(dist: string, path: string): Document {
  return parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
}

/** The paths of the pages of a list, following 下一页 links from its first page. */
function listPages(dist: string, first: string): string[] {
  const paths = [first];
  for (;;) {
    const next = pageOf(dist, paths.at(-1) ?? first).querySelector('.pager a[rel="next"]');
    if (!next) return paths;
    const path = next.getAttribute('href') ?? '';
    if (paths.includes(path)) throw new Error(`pager loops at ${path}`);
    paths.push(path);
  }
}

/** The report addresses a list of reports links to, over all its pages. */
function reportsListed(dist: string, first: string): string[] {
  return listPages(dist, first).flatMap((path) =>
    [
      ...pageOf(dist, path).querySelectorAll(
        '.report-list .report-card h2 a, .report-list .report-card h3 a',
      ),
    ].map((a) => a.getAttribute('href') ?? ''),
  );
}

/** The `见原文` links of a data view's rows, over all its pages. */
function rowsListed(dist: string, first: string): string[] {
  return listPages(dist, first).flatMap((path) =>
    [...pageOf(dist, path).querySelectorAll('.data-table tbody tr .data-table__source')].map(
      (a) => a.getAttribute('href') ?? '',
    ),
  );
}

/** The events of a timeline list (date and the link to its sentence), over all its pages. */
function eventsListed(dist: string, first: string): string[] {
  return listPages(dist, first).flatMap((path) => {
    const items = [...pageOf(dist, path).querySelectorAll('.timeline-event')];
    expect(items.length, path).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
    return items.map(
      (item) =>
        `${item.querySelector('time')?.getAttribute('datetime')} ${item.querySelector('a.timeline-source')?.getAttribute('href')}`,
    );
  });
}

/** The dataset's rows as the JSON download has them (whole, never paginated). */
function dataset(dist: string): { metric: string; period: string; report: string }[] {
  return JSON.parse(readFileSync(join(dist, 'data/indicators.json'), 'utf8'));
}

/** The year a period ends in (2023-01/2023-06 → 2023). */
const yearOf = (period: string) => /(\d{4})(?:-[^/]*)?$/.exec(period)?.[1];

/** The checks every built site must pass, whatever its size. */
function checkSite(dist: () => string, slugs: () => string[]) {
  it('reaches every report from /reports/ through the year pages, each once', () => {
    const years = [...pageOf(dist(), '/reports/').querySelectorAll('.year-nav a')].map(
      (a) => a.getAttribute('href') ?? '',
    );
    const listed = years.flatMap((year) => reportsListed(dist(), year));
    expect(listed.toSorted()).toEqual(
      slugs()
        .map((slug) => `/reports/${slug}/`)
        .toSorted(),
    );
    // Each year link says how many reports its pages hold.
    for (const link of pageOf(dist(), '/reports/').querySelectorAll('.year-nav li')) {
      const path = link.querySelector('a')?.getAttribute('href') ?? '';
      expect(`${reportsListed(dist(), path).length}篇`).toBe(
        link.querySelector('.year-nav__count')?.textContent,
      );
    }
  });

  it('reaches every figure through the pages of /data/, each once, as many as the download has', () => {
    const rows = dataset(dist());
    const listed = rowsListed(dist(), '/data/');
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe(rows.length);
    expect(listed.toSorted()).toEqual(
      rows.map((row) => new URL(row.report).pathname + new URL(row.report).hash).toSorted(),
    );
  });

  it('has a view for each metric and year, and a page holding each metric in each year, with exactly their rows', () => {
    const rows = dataset(dist());
    const views = pageOf(dist(), '/data/').querySelectorAll('.data-views a');
    expect(views.length).toBeGreaterThan(10);
    for (const metric of new Set(rows.map((row) => row.metric))) {
      const expected = rows.filter((row) => row.metric === metric).length;
      expect(rowsListed(dist(), `/data/metric/${metric}/`), metric).toHaveLength(expected);
    }
    const years = new Set(rows.map((row) => row.period.slice(0, 4)));
    for (const year of years) {
      const ofYear = rows.filter((row) => /(\d{4})(?:-[^/]*)?$/.exec(row.period)?.[1] === year);
      expect(rowsListed(dist(), `/data/year/${year}/`), year).toHaveLength(ofYear.length);
    }
    // Each metric in each year: /data/views.json names the page holding all its rows.
    const where = JSON.parse(readFileSync(join(dist(), 'data/views.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    const pairs = new Set(rows.map((row) => `${row.metric} ${yearOf(row.period)}`));
    expect(Object.values(where).flatMap((years) => Object.keys(years)).length).toBe(pairs.size);
    for (const pair of pairs) {
      const [metric = '', year = ''] = pair.split(' ');
      const path = where[metric]?.[year] ?? '';
      const held = path.includes('/year/')
        ? rowsListed(dist(), path)
        : [
            ...pageOf(dist(), path).querySelectorAll(
              `.data-table tbody tr[data-year="${year}"] .data-table__source`,
            ),
          ].map((a) => a.getAttribute('href') ?? '');
      const wanted = rows.filter((row) => row.metric === metric && yearOf(row.period) === year);
      expect(held.length, pair).toBe(wanted.length);
    }
  });

  it('reaches every timeline event through the year pages, each once; /timeline/ shows the newest', () => {
    const nav = pageOf(dist(), '/timeline/').querySelectorAll('.timeline-filters a');
    const lists = [...nav].map((a) => a.getAttribute('href') ?? '').filter((path) => path !== '/timeline/');
    const years = lists.filter((path) => /^\/timeline\/\d{4}\/$/.test(path));
    const all = years.flatMap((path) => eventsListed(dist(), path));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(0);
    const shown = eventsListed(dist(), '/timeline/');
    expect(shown).toEqual(all.slice(-TIMELINE_LATEST));
    // Every topic page lists only events the year pages hold.
    for (const path of lists.filter((list) => !years.includes(list))) {
      for (const event of eventsListed(dist(), path)) expect(all, path).toContain(event);
    }
  });

  it('reaches every report naming an entity through its pages, each once, and keeps each page small', () => {
    const links = [...pageOf(dist(), '/entities/').querySelectorAll('a')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((path) => /^\/entities\/[^/#]+\/$/.test(path));
    expect(links.length).toBeGreaterThan(0);
    for (const path of new Set(links)) {
      const pages = listPages(dist(), path);
      const listed = pages.flatMap((page) =>
        [...pageOf(dist(), page).querySelectorAll('.entity-report h3 a')].map((a) => a.getAttribute('href')),
      );
      expect(new Set(listed).size, path).toBe(listed.length);
      const summary = pageOf(dist(), path).querySelector('.entity-summary')?.textContent ?? '';
      expect(`${listed.length}篇报道提到`, path).toBe(/\d+篇报道提到/.exec(summary)?.[0]);
      for (const page of pages) {
        expect(readFileSync(join(dist(), page, 'index.html')).length, page).toBeLessThan(300 * 1024);
      }
    }
  });

  it('keeps the filters in the address with the names from PARAMS, and every page of the table small', () => {
    const form = pageOf(dist(), '/data/').querySelector('form.data-filter');
    expect([...(form?.querySelectorAll('select') ?? [])].map((s) => s.getAttribute('name'))).toEqual([
      'metric',
      'year',
      'report',
    ]);
    for (const path of listPages(dist(), '/data/')) {
      expect(readFileSync(join(dist(), path, 'index.html')).length, path).toBeLessThan(300 * 1024);
    }
  });

  it('lists every finding of /data/conflicts/ once over its pages, as many as it says, each page small', () => {
    const pages = listPages(dist(), '/data/conflicts/');
    const lede = pageOf(dist(), '/data/conflicts/').querySelector('.lede')?.textContent ?? '';
    const findings = pages.flatMap((path) => [
      ...pageOf(dist(), path).querySelectorAll('.conflicts > ul > li'),
    ]);
    expect(findings).toHaveLength(Number(/共(\d+)处/.exec(lede)?.[1]));
    for (const path of pages) {
      expect(readFileSync(join(dist(), path, 'index.html')).length, path).toBeLessThan(300 * 1024);
    }
  });
}

describe('pagination in the real build', () => {
  beforeAll(requireDist);
  checkSite(
    () => DIST,
    () => readReportSources().map((source) => source.slug),
  );
});

describe('pagination in a generated archive of 24 reports', () => {
  const reports = generateReports(readReportSources(), 24);
  let root = '';
  let build: { code: number | null; output: string };
  beforeAll(async () => {
    root = writeSiteProject(reports);
    build = await buildProject(root);
  });
  afterAll(() => root && removeProject(root));

  it('builds without errors (the benchmark generator makes valid reports)', () => {
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.code).toBe(0);
    expect(existsSync(join(root, 'dist/index.html'))).toBe(true);
  });

  it('splits the data table into pages linked in order', () => {
    const pages = listPages(join(root, 'dist'), '/data/');
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, 3)).toEqual(['/data/', '/data/2/', '/data/3/']);
    const pager = pageOf(join(root, 'dist'), '/data/2/').querySelector('.pager');
    expect(pager?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/data/');
    expect(pager?.querySelector('a[aria-current="page"]')?.textContent).toBe('2');
  });

  it('shows only the newest events on /timeline/ once the archive holds more', () => {
    const years = [...pageOf(join(root, 'dist'), '/timeline/').querySelectorAll('.timeline-filters a')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((path) => /^\/timeline\/\d{4}\/$/.test(path));
    const all = years.flatMap((path) => eventsListed(join(root, 'dist'), path));
    expect(all.length).toBeGreaterThan(TIMELINE_LATEST);
    expect(eventsListed(join(root, 'dist'), '/timeline/')).toHaveLength(TIMELINE_LATEST);
  });

  checkSite(
    () => join(root, 'dist'),
    () => reports.map((report) => report.slug),
  );
});
