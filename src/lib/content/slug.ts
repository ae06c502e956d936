/** The one rule for a report's slug: its file name without the extension, lower-cased, as in its URL. */

/** The slug of a report file (`content/reports/2022-Industrial.mdx` → `2022-industrial`). */
export function reportSlug(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.mdx?$/i, '').toLowerCase();
}

/** The path of a report's page, before the base path (`/reports/2022-industrial/`). */
export function reportPath(slug: string): string {
  return `/reports/${slug}/`;
}
