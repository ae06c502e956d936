/** Reading the built site in dist/ for the site tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The project whose build the site and browser tests read: this one, or SITE_ROOT when set (a generated
 * archive, `npm run test:archive`), so that expected results come from that project's own reports.
 */
export const SITE_ROOT = process.env.SITE_ROOT ? resolve(process.env.SITE_ROOT) : ROOT;
/** The built site: SITE_ROOT's dist/, or DIST_DIR when set (to test a build made elsewhere). */
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(SITE_ROOT, 'dist');

/** Fail with a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you)');
  }
}

/** The document of a built page, by its URL path (`/reports/x/`). */
export function loadPage(path: string): Document {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

/** A report's MDX source: its slug, frontmatter and body. */
export interface ReportSource {
  slug: string;
  frontmatter: Record<string, unknown> & { source: { file: string }; title: string };
  body: string;
}

/** Every report in content/reports/ (of SITE_ROOT). */
export function readReportSources(dir = join(SITE_ROOT, 'content/reports')): ReportSource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${name}: no frontmatter`);
      return {
        slug: name.replace(/\.mdx$/, ''),
        frontmatter: parseYaml(match[1] ?? '') as ReportSource['frontmatter'],
        body: match[2] ?? '',
      };
    });
}

/** The raw source text a report was made from. */
export function readRawSource(file: string): string {
  return readFileSync(join(ROOT, 'content/sources', file), 'utf8');
}
