/**
 * Fidelity between a raw source text and the page made from it: every sentence of the source must be
 * on the page, none twice, and the page must carry no extraction debris. The importer and the site
 * tests both judge their output with these functions.
 */
import { stripBreakMarks } from './breaks.ts';
import { SPACE_BETWEEN_HAN, stripForCompare } from './han.ts';
import { findDoubledRun, undoubleLine } from './undouble.ts';

/** Sentence ends where a fragment may be cut without losing its meaning as a unit. */
const SENTENCE_END = /(?<=[。！？；!?;])/u;

/** Fragments shorter than this are checked for presence only: short ones recur legitimately. */
const MIN_COUNTED_LENGTH = 8;

/**
 * The runs of a source line that must stay together on the page. A PDF extractor separates text blocks
 * with spaces (a headline and its kicker run into one line), so spaces cut a line into runs; but a line
 * whose characters are spaced out one by one (`去 年 ， 区 经 济`) is one run with its spaces removed.
 */
export function lineRuns(line: string): string[] {
  const tokens = line
    .trim()
    .split(/[\s\u3000]+/u)
    .filter(Boolean);
  const single = tokens.filter((token) => Array.from(token).length === 1).length;
  return tokens.length > 1 && single * 2 >= tokens.length ? [tokens.join('')] : tokens;
}

/**
 * The comparable fragments of a raw source: each run of each line (see lineRuns), with doubled runs
 * undone, cut at sentence ends, stripped of whitespace and punctuation. A sentence broken across lines
 * yields one fragment per line, so each piece must be on the page even when the columns were printed
 * out of order.
 */
export function sourceFragments(raw: string): string[] {
  const fragments: string[] = [];
  const runs = raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .flatMap((line) => lineRuns(undoubleLine(line)));
  for (const run of runs) {
    for (const sentence of run.split(SENTENCE_END)) {
      const fragment = stripForCompare(sentence);
      if (fragment) fragments.push(fragment);
    }
  }
  return fragments;
}

/** Count the non-overlapping occurrences of `needle` in `haystack`. */
function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    count++;
  }
  return count;
}

/** What a fidelity check found: source fragments missing from the page, and ones the page repeats. */
export interface FidelityReport {
  missing: string[];
  duplicated: string[];
}

/**
 * Every string in a parsed frontmatter (nested lists and objects included): what the report keeps, read
 * without the editor's headline break marks, which are layout and not words.
 */
export function frontmatterStrings(value: unknown): string[] {
  if (typeof value === 'string') return [stripBreakMarks(value)];
  if (Array.isArray(value)) return value.flatMap(frontmatterStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(frontmatterStrings);
  return [];
}

/** True when the pieces of `fragment` outside the kept strings are all on the page. */
function keptElsewhere(fragment: string, page: string, kept: readonly string[]): boolean {
  if (kept.some((text) => text.includes(fragment))) return true;
  let pieces = [fragment];
  for (const text of kept) pieces = pieces.flatMap((piece) => piece.split(text));
  return pieces.length > 1 && pieces.every((piece) => piece === '' || page.includes(piece));
}

/**
 * Compare a raw source with the text of its page. A fragment is missing when its characters do not
 * appear in order on the page, nor in `kept` (the frontmatter's strings: chrome, bylines, dates the
 * importer moved out of the body); it is duplicated when the page holds it more often than the source.
 */
export function checkFidelity(raw: string, pageText: string, kept: readonly string[] = []): FidelityReport {
  const page = stripForCompare(pageText);
  const keptStripped = [...new Set(kept.map(stripForCompare))]
    .filter((text) => text.length >= 2)
    .sort((a, b) => b.length - a.length);
  const source = raw
    .split(/\r?\n/)
    .map((line) => stripForCompare(undoubleLine(line)))
    .join('');
  const missing: string[] = [];
  const duplicated: string[] = [];
  for (const fragment of new Set(sourceFragments(raw))) {
    const onPage = countOccurrences(page, fragment);
    if (onPage === 0 && !keptElsewhere(fragment, page, keptStripped)) missing.push(fragment);
    else if (fragment.length >= MIN_COUNTED_LENGTH && onPage > countOccurrences(source, fragment)) {
      duplicated.push(fragment);
    }
  }
  return { missing, duplicated };
}

/** A piece of extraction debris found in a paragraph. */
export interface Debris {
  kind: 'space-between-han' | 'doubled-run';
  text: string;
}

/** The debris a reader would notice in one paragraph: spaces between Chinese characters, doubled runs. */
export function findDebris(paragraph: string): Debris[] {
  const found: Debris[] = [];
  for (const match of paragraph.matchAll(SPACE_BETWEEN_HAN)) {
    const at = match.index ?? 0;
    found.push({
      kind: 'space-between-han',
      text: paragraph.slice(Math.max(0, at - 6), at + match[0].length + 6),
    });
  }
  const run = findDoubledRun(paragraph);
  if (run) found.push({ kind: 'doubled-run', text: run + run });
  return found;
}
