/**
 * What search should find, computed from the built pages (never written by hand): the text Pagefind
 * indexes is each page's `[data-pagefind-body]` without its `[data-pagefind-ignore]` parts.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
  const memo = process.env.INDEXED_PAGES_MEMO;
  if (!memo) return readIndexedPages(dir);
  // A generated archive has thousands of pages, and each test file would read them all again: the
  // first one writes them down for the others, under the build they were read from.
  const build = `${dir} ${statSync(join(dir, 'index.html')).mtimeMs}`;
  if (existsSync(memo)) {
    const saved = JSON.parse(readFileSync(memo, 'utf8')) as { build: string; pages: IndexedPage[] };
    if (saved.build === build) return saved.pages;
  }
  const pages = readIndexedPages(dir);
  writeFileSync(memo, JSON.stringify({ build, pages }));
  return pages;
}

/** Every page that has indexed text, parsed from the HTML files. */
function readIndexedPages(dir: string): IndexedPage[] {
  return htmlFiles(dir).flatMap((file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) return [];
    const { document } = parseHTML(html);
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
