/**
 * What a reader sees of a page's text, measured in Chromium from each character's box: lines whose
 * characters are spread apart, line breaks, headlines drawn over themselves, names split between lines,
 * widows, numbers parted from their units. Each check runs in the page (`page.evaluate(fn)`, which sends
 * one function alone); they share one walk over the character boxes, which {@link useCharBoxes} defines
 * in the page once.
 */
import type { Page } from 'playwright-core';

/** One character (UTF-16 unit) of a text node and the box the browser drew it in. */
export interface CharBox {
  node: Text;
  /** The character's offset in its text node. */
  index: number;
  char: string;
  rect: DOMRect;
}

/** Which characters to measure: none matching `skip`, and only in text nodes `accept` takes. */
export interface CharBoxOptions {
  skip?: RegExp;
  accept?: (node: Text) => boolean;
}

declare global {
  interface Window {
    /** The box of each character in the text under `root`, in document order (see {@link useCharBoxes}). */
    jjCharBoxes(root: Node, options?: CharBoxOptions): CharBox[];
  }
}

/** Defines `window.jjCharBoxes`, which the checks below call, in every document `page` opens from now on. */
export async function useCharBoxes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.jjCharBoxes = (root, { skip, accept } = {}) => {
      const range = document.createRange();
      const boxes: CharBox[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (accept && !accept(node)) continue;
        const value = node.textContent ?? '';
        for (let index = 0; index < value.length; index++) {
          const char = value[index] ?? '';
          if (skip?.test(char)) continue;
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          boxes.push({ node, index, char, rect: range.getBoundingClientRect() });
        }
      }
      return boxes;
    };
  });
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
  const styles = new Map<Text, CSSStyleDeclaration>();
  const boxes = window.jjCharBoxes(document.body, {
    skip: /[\s\uD800-\uDFFF]/,
    accept: (node) => {
      const parent = node.parentElement;
      if (!parent || parent === probe || !node.textContent?.trim()) return false;
      if (parent.closest('script, style, svg, [hidden], pre')) return false;
      const style = getComputedStyle(parent);
      if (style.visibility !== 'visible' || style.display === 'none') return false;
      styles.set(node, style);
      return true;
    },
  });
  // Each text node's lines, by their rounded top.
  const lines = new Map<Text, Map<number, { text: string; extraEm: number; latin: boolean }>>();
  for (const { node, char, rect } of boxes) {
    if (rect.width === 0) continue;
    const style = styles.get(node) as CSSStyleDeclaration;
    const own = lines.get(node) ?? new Map<number, { text: string; extraEm: number; latin: boolean }>();
    const line = own.get(Math.round(rect.top)) ?? { text: '', extraEm: 0, latin: false };
    line.text += char;
    const extraEm = (rect.width - naturalWidth(char, style)) / parseFloat(style.fontSize);
    const isLatin = /[0-9A-Za-z]/.test(char);
    if (isLatin ? extraEm > limits.latinEm : extraEm > limits.hanEm) {
      line.extraEm = Math.max(line.extraEm, extraEm);
      line.latin ||= isLatin;
    }
    lines.set(node, own.set(Math.round(rect.top), line));
  }
  const found: StretchedLine[] = [];
  for (const [node, own] of lines) {
    const parent = node.parentElement as HTMLElement;
    const where = `${parent.tagName.toLowerCase()}.${String(parent.className)}`;
    for (const line of own.values()) {
      if (line.extraEm > 0) found.push({ where, ...line, extraEm: Math.round(line.extraEm * 100) / 100 });
    }
  }
  probe.remove();
  return found;
}

/**
 * Where the text of each element `selector` matches breaks onto a new line: offsets into its text with
 * whitespace removed, found from each character's box. Runs in the page.
 */
export function lineBreaks(selector: string): { text: string; breaks: number[] }[] {
  return [...document.querySelectorAll(selector)].map((element) => {
    let text = '';
    const breaks: number[] = [];
    let lastTop: number | undefined;
    for (const { char, rect } of window.jjCharBoxes(element, { skip: /\s/ })) {
      if (lastTop !== undefined && rect.top > lastTop + 4) breaks.push(text.length);
      lastTop = rect.top;
      text += char;
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
  for (const headline of document.querySelectorAll('.headline')) {
    if (!(headline instanceof HTMLElement) || headline.getClientRects().length === 0) continue;
    const boxes = window.jjCharBoxes(headline, { skip: /\s/ }).filter(({ rect }) => rect.width > 0);
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
  for (const link of document.querySelectorAll('main a[href]')) {
    const text = (link.textContent ?? '').trim();
    if (!text || /\s/.test(text) || [...text].length > max || link.querySelector('.headline')) continue;
    // A block link (a key-figure tile, a card) lays out lines of its own.
    if (getComputedStyle(link).display !== 'inline') continue;
    let previous: { top: number; char: string } | undefined;
    for (const { char, rect } of window.jjCharBoxes(link)) {
      if (rect.width === 0) continue;
      const broken = previous && rect.top > previous.top + 4;
      if (broken && !/[、，；：）”》]/.test(previous?.char ?? '') && !/[“（《]/.test(char)) {
        found.push(`${text} (${previous?.char ?? ''}/${char})`);
      }
      previous = { top: rect.top, char };
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
  for (const block of document.querySelectorAll(selector)) {
    if (!(block instanceof HTMLElement) || block.getClientRects().length === 0) continue;
    // A clipped block does not show its last line; an excerpt (…) is a fragment, not a paragraph.
    if (getComputedStyle(block).overflow !== 'visible' || block.textContent?.trim().endsWith('…')) continue;
    // Lines in reading order: a character starts a new line when it sits below the current line's
    // middle (a smaller-type count beside a name sits a little lower on the same line).
    const lines: { top: number; height: number; text: string }[] = [];
    for (const { char, rect } of window.jjCharBoxes(block)) {
      if (rect.width === 0) continue;
      const line = lines.at(-1);
      if (line && rect.top < line.top + line.height * 0.6) line.text += char;
      else lines.push({ top: rect.top, height: rect.height, text: char });
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
