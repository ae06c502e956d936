/**
 * `lastmod` for the sitemap: a report page changes when its report does (its date); every other page
 * lists or draws the reports' data, so it changed when the newest report came. The sitemap integration
 * runs before the content layer is readable from the config, so this reads only the reports'
 * frontmatter dates, never their bodies.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The frontmatter's fields, or none when its YAML is broken: the config must still load, so that the
 * content loader can report the slip with its file, line and column in Chinese and English.
 */
function frontmatterOf(yaml: string): { date?: unknown; draft?: unknown } {
  try {
    return (parse(yaml) ?? {}) as { date?: unknown; draft?: unknown };
  } catch {
    return {};
  }
}

/** Publication dates (YYYY-MM-DD) of the published reports, by slug; drafts are left out. */
export function reportDates(dir = 'content/reports'): Map<string, string> {
  const dates = new Map<string, string>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
    const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'));
    const data = frontmatterOf(match?.[1] ?? '');
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date ?? '');
    if (data.draft !== true && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
      dates.set(name.replace(/\.mdx$/, '').toLowerCase(), date);
    }
  }
  return dates;
}

/** The newest of the dates (ISO dates sort as text). */
function newest(dates: ReadonlyMap<string, string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates.values()) if (latest === undefined || date > latest) latest = date;
  return latest;
}

/** The lastmod of a page address: its report's date, or the newest report's date. */
export function lastmodFor(
  url: string,
  dates: ReadonlyMap<string, string>,
  latest = newest(dates),
): string | undefined {
  const slug = /\/reports\/([^/]+)\/$/.exec(new URL(url).pathname)?.[1];
  const own = slug ? dates.get(slug) : undefined;
  return own ?? latest;
}

/** A `serialize` option for @astrojs/sitemap that adds lastmod to every address. */
export function withLastmod(dates: ReadonlyMap<string, string>) {
  // Once, not for each of the site's thousands of addresses.
  const latest = newest(dates);
  return <T extends { url: string; lastmod?: string }>(item: T): T => {
    const lastmod = lastmodFor(item.url, dates, latest);
    return lastmod ? { ...item, lastmod } : item;
  };
}
