/**
 * What a reader sees of a page's layout, measured in Chromium: lines whose characters are spread apart,
 * tap targets smaller than a finger, content wider than the screen, and layout shift. Each function runs
 * in the page (`page.evaluate(fn)`), so it holds everything it needs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from './dist.ts';

/** One page of each kind, and every report (the typography of each text matters); search with and without results. */
export function pageKinds(): string[] {
  const first = (dir: string) =>
    readdirSync(join(DIST, dir), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
  const reports = readdirSync(join(DIST, 'reports'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/reports/${entry.name}/`);
  return [
    '/',
    '/reports/',
    ...reports,
    `/reports/year/${first('reports/year')}/`,
    '/topics/',
    `/topics/${first('topics')}/`,
    '/indicators/',
    `/indicators/${first('indicators')}/`,
    '/data/',
    `/data/metric/${first('data/metric')}/`,
    '/data/conflicts/',
    '/entities/',
    `/entities/${first('entities')}/`,
    '/timeline/',
    `/charts/${first('charts')}/`,
    '/offline/',
    '/guide/',
    '/about/',
    '/search/?q=专精特新',
    '/search/?q=量子计算机',
    '/404.html',
  ];
}

/** A line whose characters are set wider than the font draws them. */
export interface StretchedLine {
  /** The element holding the text. */
  where: string;
  text: string;
  /** The widest extra space after one character, in em. */
  extraEm: number;
  /** Whether a digit or Latin letter was spread. */
  latin: boolean;
}

/**
 * Lines of text set wider than their characters' own widths (justification spreading them), found by
 * comparing each character's box with the width the same font gives it alone. A Han character may gain
 * up to `hanEm` (below what a reader notices); a digit or Latin letter may gain nothing.
 */
export function stretchedLines(limits: { hanEm: number; latinEm: number }): StretchedLine[] {
  const natural = new Map<string, number>();
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute;left:-9999px;top:0;white-space:pre;text-spacing-trim:space-all';
  document.body.append(probe);
  const naturalWidth = (char: string, style: CSSStyleDeclaration): number => {
    const key = `${style.font}|${style.letterSpacing}|${style.fontVariantNumeric}|${char}`;
    let width = natural.get(key);
    if (width === undefined) {
      probe.style.font = style.font;
      probe.style.letterSpacing = style.letterSpacing;
      probe.style.fontFeatureSettings = style.fontFeatureSettings;
      // Tabular digits are wider than proportional ones by design, not spread apart.
      probe.style.fontVariantNumeric = style.fontVariantNumeric;
      probe.textContent = char;
      width = probe.getBoundingClientRect().width;
      natural.set(key, width);
    }
    return width;
  };
  const found: StretchedLine[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent ?? '';
    if (!parent || parent === probe || !text.trim() || parent.closest('script, style, svg, [hidden], pre'))
      continue;
    const style = getComputedStyle(parent);
    if (style.visibility !== 'visible' || style.display === 'none') continue;
    const fontSize = parseFloat(style.fontSize);
    const lines = new Map<number, { text: string; extraEm: number; latin: boolean }>();
    for (let i = 0; i < text.length; i++) {
      const char = text[i] ?? '';
      if (/\s/.test(char) || /[\uD800-\uDFFF]/.test(char)) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0) continue;
      const line = lines.get(Math.round(rect.top)) ?? { text: '', extraEm: 0, latin: false };
      line.text += char;
      const extraEm = (rect.width - naturalWidth(char, style)) / fontSize;
      const isLatin = /[0-9A-Za-z]/.test(char);
      if (isLatin ? extraEm > limits.latinEm : extraEm > limits.hanEm) {
        line.extraEm = Math.max(line.extraEm, extraEm);
        line.latin ||= isLatin;
      }
      lines.set(Math.round(rect.top), line);
    }
    for (const line of lines.values()) {
      if (line.extraEm > 0) {
        const where = `${parent.tagName.toLowerCase()}.${String(parent.className)}`;
        found.push({ where, ...line, extraEm: Math.round(line.extraEm * 100) / 100 });
      }
    }
  }
  probe.remove();
  return found;
}

/** A control or link smaller than a fingertip. */
export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Links and controls smaller than `min` px either way. Links inside a sentence are exempt, as WCAG 2.5.8
 * exempts them (an inline link whose block holds other text); so are hidden and off-screen ones.
 */
export function smallTargets(min: number): SmallTarget[] {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
  const small: SmallTarget[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (rect.width <= 2 || rect.height <= 2 || rect.bottom < 0 || style.visibility !== 'visible') continue;
    if (element.closest('[hidden], [aria-hidden="true"]')) continue;
    // A radio or checkbox is tapped through its label: the label's box is the target.
    const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
    if (labels.some((label) => label.getBoundingClientRect().height + 0.5 >= min)) continue;
    // An inline control in a sentence (a figure's ⊕ button) is exempt like an inline link (WCAG 2.5.8).
    if (style.display.startsWith('inline')) {
      let block = element.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const own = (element.textContent ?? '').trim().length;
      const all = (block?.textContent ?? '').replace(/\s+/g, '').length;
      if (all > own) continue;
    }
    if (rect.width + 0.5 < min || rect.height + 0.5 < min) {
      const label = (element.textContent ?? '').trim() || element.getAttribute('aria-label') || '';
      small.push({
        what: `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className)}"` : ''}> ${label.slice(0, 24)}`,
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      });
    }
  }
  return small;
}

/** Elements that reach past the right edge of the screen (nothing but the widest culprits). */
export function overflow(): { width: number; culprits: string[] } {
  const width = document.documentElement.clientWidth;
  const culprits: string[] = [];
  if (document.documentElement.scrollWidth > width) {
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.right > width + 0.5 && rect.width > 0 && !element.closest('.visually-hidden, .skip-link')) {
        culprits.push(
          `<${element.tagName.toLowerCase()} class="${String(element.className)}"> right ${Math.round(rect.right)}`,
        );
      }
    }
  }
  return { width: document.documentElement.scrollWidth - width, culprits: culprits.slice(0, 5) };
}

/** Starts summing layout shifts from the first paint; read the sum with `layoutShift(page)`. */
export async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { __cls: number };
    record.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) record.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's cumulative layout shift so far. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/**
 * Where the text of each element `selector` matches breaks onto a new line: offsets into its text with
 * whitespace removed, found from each character's box. Runs in the page.
 */
export function lineBreaks(selector: string): { text: string; breaks: number[] }[] {
  return [...document.querySelectorAll(selector)].map((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let text = '';
    const breaks: number[] = [];
    let lastTop: number | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        if (/\s/.test(value[i] ?? '')) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = range.getBoundingClientRect().top;
        if (lastTop !== undefined && top > lastTop + 4) breaks.push(text.length);
        lastTop = top;
        text += value[i];
      }
    }
    return { text, breaks };
  });
}

/**
 * A marked headline (`江津|大战大考 乘风扬帆|结硕果`) as printed, without marks or spaces, and the offsets
 * where it may break: at each mark and at each gap between its parts.
 */
export function markedBreaks(marked: string): { text: string; allowed: number[] } {
  let text = '';
  const allowed: number[] = [];
  for (const char of marked.trim()) {
    if (char === '|' || /\s/.test(char)) allowed.push(text.length);
    else text += char;
  }
  return { text, allowed };
}

/**
 * Headlines whose characters overlap one another (an inline block shifted by an inherited indent, a
 * part drawn over the next): the text of each, with the two characters that collide. Runs in the page.
 */
export function overlappingHeadlines(): string[] {
  const found: string[] = [];
  const range = document.createRange();
  for (const headline of document.querySelectorAll('.headline')) {
    if (!(headline instanceof HTMLElement) || headline.getClientRects().length === 0) continue;
    const boxes: { char: string; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(headline, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        if (/\s/.test(value[i] ?? '')) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0) boxes.push({ char: value[i] ?? '', rect });
      }
    }
    const clash = boxes.find((a, i) =>
      boxes.slice(i + 1).some((b) => {
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        // Lines may touch (a tight line height); characters of one line share most of their height.
        return x > 2 && y > Math.min(a.rect.height, b.rect.height) / 2;
      }),
    );
    if (clash) found.push(`${headline.textContent?.trim() ?? ''} (${clash.char})`);
  }
  return found;
}

/**
 * Short link texts (names: a metric, a company, a topic, a year) that a line splits between two
 * characters of a word: a reader sees 新建升规企 / 业. A break at punctuation (10亿级、/ 20亿级, before an
 * opening quote) is allowed; links of more than `max` characters or holding spaces may wrap anywhere, and
 * a headline breaks at its own chosen points. Runs in the page.
 */
export function splitNames(max: number): string[] {
  const found: string[] = [];
  const range = document.createRange();
  for (const link of document.querySelectorAll('main a[href]')) {
    const text = (link.textContent ?? '').trim();
    if (!text || /\s/.test(text) || [...text].length > max || link.querySelector('.headline')) continue;
    // A block link (a key-figure tile, a card) lays out lines of its own.
    if (getComputedStyle(link).display !== 'inline') continue;
    let previous: { top: number; char: string } | undefined;
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        const char = value[i] ?? '';
        if (rect.width === 0) continue;
        const broken = previous && rect.top > previous.top + 4;
        if (broken && !/[、，；：）”》]/.test(previous?.char ?? '') && !/[“（《]/.test(char)) {
          found.push(`${text} (${previous?.char ?? ''}/${char})`);
        }
        previous = { top: rect.top, char };
      }
    }
  }
  return found;
}

/**
 * Paragraphs of reading text whose last line holds one Han character and its punctuation (区。 alone):
 * a widow a Chinese editor would not print. Runs in the page.
 */
export function widows(selector: string): string[] {
  const found: string[] = [];
  const range = document.createRange();
  for (const block of document.querySelectorAll(selector)) {
    if (!(block instanceof HTMLElement) || block.getClientRects().length === 0) continue;
    // A clipped block does not show its last line; an excerpt (…) is a fragment, not a paragraph.
    if (getComputedStyle(block).overflow !== 'visible' || block.textContent?.trim().endsWith('…')) continue;
    // Lines in reading order: a character starts a new line when it sits below the current line's
    // middle (a smaller-type count beside a name sits a little lower on the same line).
    const lines: { top: number; height: number; text: string }[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        const line = lines.at(-1);
        if (line && rect.top < line.top + line.height * 0.6) line.text += value[i];
        else lines.push({ top: rect.top, height: rect.height, text: value[i] ?? '' });
      }
    }
    const last = lines.at(-1)?.text ?? '';
    const word = last.replace(/[\p{P}\s]/gu, '');
    if (lines.length > 1 && word.length === 1 && /\p{Script=Han}/u.test(word)) found.push(`…${last}`);
  }
  return found;
}

/**
 * Numbers parted from their units across a line (1237.1亿 / 元) inside the elements `selector` matches:
 * every match of `pattern` (the site's number+unit rule, passed as its source) whose characters do not
 * share one line. Runs in the page.
 */
export function splitNumbers({ pattern, selector }: { pattern: string; selector: string }): string[] {
  const found: string[] = [];
  const range = document.createRange();
  for (const block of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      for (const match of value.matchAll(new RegExp(pattern, 'gu'))) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const first = rects[0];
        if (first && rects.some((rect) => rect.top > first.top + first.height / 2)) found.push(match[0]);
      }
    }
  }
  return found;
}
