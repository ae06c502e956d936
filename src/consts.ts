/**
 * The site's constants in one place: its name, where it is published, its navigation, and the URL
 * parameters its pages read. Pages, scripts, integrations and the CLI import these; nothing else spells them out.
 */

/** The site's short name, after every page title (`报道 · 江津工业经济`). */
export const SITE_NAME = '江津工业经济';

/** The site's full name, in the feed, the manifest and citations. */
export const SITE_TITLE = '江津工业经济数据故事';

/** The published address when `SITE_URL` is not set; used in canonical links, feed, sitemap. Never fetched. */
export const DEFAULT_SITE_URL = 'https://jiangjin-industry.example.org';

/** The URL parameters the site's pages read, by meaning. */
export const PARAMS = {
  /** The search query on /search/. */
  query: 'q',
  /** The phrase to highlight on a report page opened from a search result. */
  highlight: 'hl',
  /** A year filter (search, data, timeline). */
  year: 'year',
  /** A topic filter. */
  topic: 'topic',
  /** A page kind filter in search (报道, 指标, 企业…). */
  kind: 'kind',
  /** A metric filter on /data/. */
  metric: 'metric',
  /** A report filter on /data/. */
  report: 'report',
  /** The page of a paginated list. */
  page: 'page',
} as const;

/** A link of the site's navigation: a path before the base path (through `href()`), and its label. */
export interface NavItem {
  readonly path: string;
  readonly label: string;
}

/** The header's main navigation, in order; the current section is marked in the header. */
export const MAIN_NAV: readonly NavItem[] = [
  { path: '/', label: '首页' },
  { path: '/reports/', label: '报道' },
  { path: '/topics/', label: '主题' },
  { path: '/indicators/', label: '指标' },
  { path: '/data/', label: '数据' },
  { path: '/about/', label: '关于' },
];

/** The footer's links: the ways in that the header has no room for. */
export const FOOTER_NAV: readonly NavItem[] = [
  { path: '/about/', label: '关于来源' },
  { path: '/guide/', label: '编辑指南' },
  { path: '/topics/', label: '全部主题' },
  { path: '/entities/', label: '企业与园区' },
  { path: '/timeline/', label: '大事记' },
];

/** The base path the site is built for (`/` or `/jj/`), always with a trailing slash. */
export function basePath(): string {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * A site-internal address under the base path: `href('/reports/x/')` is `/jj/reports/x/` in a site
 * built with `SITE_BASE=/jj/`. Every internal link, asset and fetch goes through this.
 */
export function href(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path) || path.startsWith('#')) return path;
  const base = basePath();
  // Idempotent: an address already under the base (a URL helper's result, wrapped again) stays as it is.
  if (base !== '/' && (path.startsWith(base) || `${path}/` === base)) return path;
  return `${base}${path.replace(/^\/+/, '')}`;
}
