/** Reading the precache list out of a built service worker. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';

/** The URLs (relative to the site root) that `sw.js` precaches, with their revisions. */
export function precacheEntries(dir = DIST): Map<string, string | null> {
  const source = readFileSync(join(dir, 'sw.js'), 'utf8');
  const entries = new Map<string, string | null>();
  for (const match of source.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)) {
    entries.set(match[1] ?? '', match[2] ?? null);
  }
  return entries;
}
