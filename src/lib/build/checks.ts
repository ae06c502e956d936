/**
 * The last build step: checks of the finished output before it may replace `dist/`. Every page must
 * carry the Content-Security-Policy and emit nothing the policy forbids (inline scripts, `<style>`
 * elements, `style=""` or `on…=""` attributes, `javascript:` addresses), so a page that the browser
 * would break under the policy fails the build instead of being published; and the files the site
 * cannot work without (home page, 404 page, search index and the fragments it names, service worker,
 * manifest, headers) must exist.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { ARCHIVE_LIST } from '../offline/archive.ts';
import { PHRASE_DIR, PHRASE_ENTRY, type PageInfo, type PhraseEntry } from '../search/phrase-format.ts';

/**
 * Files a working site needs, relative to the output folder: the home and 404 pages, the service worker
 * and the handlers it imports, the manifest the pages link, the host's headers (the CSP), the search
 * entry and the offline library's list. Pagefind's own scripts are not among them: the site searches with
 * its phrase index and reads only Pagefind's fragments (src/scripts/search/engine.ts).
 */
export const REQUIRED_FILES = [
  'index.html',
  '404.html',
  'sw.js',
  'sw-handlers.js',
  'manifest.webmanifest',
  '_headers',
  `${PHRASE_DIR}/${PHRASE_ENTRY}`,
  ARCHIVE_LIST,
];

/**
 * The files search reads, as the phrase index names them: its page list and chunks, and each page's
 * Pagefind fragment (a result's text). Empty when there is no readable entry: that is reported apart.
 */
export function searchFiles(dir: string): string[] {
  const entryPath = join(dir, PHRASE_DIR, PHRASE_ENTRY);
  if (!existsSync(entryPath)) return [];
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as PhraseEntry;
  const index = [entry.pages, ...entry.chunks.flatMap(([, sets, positions]) => [sets, positions])];
  const files = index.map((file) => `${PHRASE_DIR}/${file}`);
  const pagesPath = join(dir, PHRASE_DIR, entry.pages);
  if (!existsSync(pagesPath)) return files;
  const pages = JSON.parse(gunzipSync(readFileSync(pagesPath)).toString('utf8')) as PageInfo[];
  return [...files, ...pages.map((page) => `pagefind/${page.fragment}`)];
}

/** Every file under `dir`, relative to it, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * What a strict CSP would block in one HTML or SVG document, as bilingual problem texts. Read with
 * htmlparser2's tokenizer and the options linkedom parses with, element by element, without building a
 * DOM: at 1,000 reports the output is 6,500 documents and 375 MB of HTML, which a DOM per page took a
 * minute and a half to check.
 */
export function markupProblems(markup: string, isPage: boolean): string[] {
  const problems: string[] = [];
  let policy = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        const equiv = Object.entries(attributes).find(([key]) => key.toLowerCase() === 'http-equiv');
        if (tag === 'meta' && equiv?.[1].toLowerCase() === 'content-security-policy') policy = true;
        if (tag === 'script' && !('src' in attributes) && attributes.type !== 'application/json')
          problems.push('内联脚本 <script> / inline <script>');
        if (tag === 'style') problems.push('内联样式 <style> / inline <style> element');
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === 'style') problems.push(`<${tag}> 的 style 属性 / style attribute on <${tag}>`);
          else if (/^on/i.test(attribute))
            problems.push(`<${tag}> 的事件属性 ${attribute} / event handler ${attribute} on <${tag}>`);
          else if (
            /^(href|src|action|formaction|xlink:href)$/i.test(attribute) &&
            /^\s*javascript:/i.test(value)
          )
            problems.push(`<${tag}> 的 javascript: 地址 / javascript: address on <${tag}>`);
        }
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(markup);
  parser.end();
  if (isPage && !policy) {
    problems.unshift('缺少内容安全策略（CSP）的 meta 标签 / no Content-Security-Policy meta tag');
  }
  return [...new Set(problems)];
}

/** Every problem of the output in `dir`, one line each: `file: 中文 / English`. */
export function outputProblems(dir: string): string[] {
  const required = [...REQUIRED_FILES, ...searchFiles(dir)];
  const problems = required
    .filter((file) => !existsSync(join(dir, file)))
    .map((file) => `${file}: 构建结果缺少此文件 / missing from the build output`);
  for (const file of listFiles(dir)) {
    if (!/\.(html|svg)$/.test(file)) continue;
    const found = markupProblems(readFileSync(join(dir, file), 'utf8'), file.endsWith('.html'));
    problems.push(...found.map((problem) => `${file}: ${problem}`));
  }
  return problems;
}
