/**
 * The last build step: checks of the finished output before it may replace `dist/`. Every page must
 * carry the Content-Security-Policy and emit nothing the policy forbids (inline scripts, `<style>`
 * elements, `style=""` or `on…=""` attributes, `javascript:` addresses), so a page that the browser
 * would break under the policy fails the build instead of being published; and the files the site
 * cannot work without (home page, 404 page, search index, service worker, manifest, headers) must exist.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** Files a working site needs, relative to the output folder. */
export const REQUIRED_FILES = [
  'index.html',
  '404.html',
  'sw.js',
  'manifest.webmanifest',
  '_headers',
  'pagefind/pagefind.js',
  'phrase-index/index.json',
  'sw-handlers.js',
  'offline-archive.json',
];

/** Every file under `dir`, relative to it, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** What a strict CSP would block in one HTML or SVG document, as bilingual problem texts. */
export function markupProblems(markup: string, isPage: boolean): string[] {
  const { document } = parseHTML(markup);
  const problems: string[] = [];
  if (isPage && !document.querySelector('meta[http-equiv="content-security-policy" i]')) {
    problems.push('缺少内容安全策略（CSP）的 meta 标签 / no Content-Security-Policy meta tag');
  }
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      tag === 'script' &&
      !element.hasAttribute('src') &&
      element.getAttribute('type') !== 'application/json'
    )
      problems.push('内联脚本 <script> / inline <script>');
    if (tag === 'style') problems.push('内联样式 <style> / inline <style> element');
    for (const { name, value } of element.attributes) {
      if (name === 'style') problems.push(`<${tag}> 的 style 属性 / style attribute on <${tag}>`);
      else if (/^on/i.test(name))
        problems.push(`<${tag}> 的事件属性 ${name} / event handler ${name} on <${tag}>`);
      else if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value))
        problems.push(`<${tag}> 的 javascript: 地址 / javascript: address on <${tag}>`);
    }
  }
  return [...new Set(problems)];
}

/** Every problem of the output in `dir`, one line each: `file: 中文 / English`. */
export function outputProblems(dir: string): string[] {
  const problems = REQUIRED_FILES.filter((file) => !existsSync(join(dir, file))).map(
    (file) => `${file}: 构建结果缺少此文件 / missing from the build output`,
  );
  for (const file of listFiles(dir)) {
    if (!/\.(html|svg)$/.test(file)) continue;
    const found = markupProblems(readFileSync(join(dir, file), 'utf8'), file.endsWith('.html'));
    problems.push(...found.map((problem) => `${file}: ${problem}`));
  }
  return problems;
}
