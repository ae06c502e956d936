/**
 * What search should find, computed from the built pages (never written by hand): the text Pagefind
 * indexes is each page's `[data-pagefind-body]` without its `[data-pagefind-ignore]` parts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST, ROOT } from './dist.ts';
import { normaliseQuery, phraseKey } from '../../src/lib/search/query.ts';
import { toSimplified } from '../../src/lib/search/simplified.ts';
import { stripForCompare } from '../../src/lib/text/han.ts';

/** Every HTML file under `dir`, as paths relative to it. */
export function htmlFiles(dir = DIST): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

/** The URL path a built HTML file is served at (`reports/x/index.html` → `/reports/x/`). */
export function urlOf(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/');
}

/** One indexed page: its URL and its indexed text, whitespace and punctuation stripped, lower case. */
export interface IndexedPage {
  url: string;
  text: string;
}

/** Every page that has indexed text, read from the built site. */
export function indexedPages(dir = DIST): IndexedPage[] {
  return htmlFiles(dir).flatMap((file) => {
    const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
    const body = document.querySelector('[data-pagefind-body]');
    if (!body) return [];
    // Pagefind indexes neither ignored parts nor the text of scripts and styles.
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore], script, style, template'))
      ignored.remove();
    return [
      {
        url: urlOf(relative(dir, join(dir, file))),
        text: stripForCompare(body.textContent ?? '').toLowerCase(),
      },
    ];
  });
}

/** The URLs of the pages holding `query` as a phrase, the query normalised as the search page does. */
export function expectedPages(pages: IndexedPage[], query: string): string[] {
  const key = phraseKey(normaliseQuery(query, toSimplified));
  return pages.filter((page) => key && page.text.includes(key)).map((page) => page.url);
}

/** The queries of tests/search/terms.txt (one a line; `#` starts a comment). */
export function readTerms(file = join(ROOT, 'tests/search/terms.txt')): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
