/**
 * A net for names the registry may have missed: every place a sentence uses a word that ends the
 * names of companies, parks and platforms (公司, 集团, 园, 基地, 港, 通道). The registry test requires
 * each such place to lie inside a mention of an entity or inside a phrase listed as not an entity.
 */
import { foldWidth, type Mention } from './match.ts';

/** The words that end names of companies, parks and platforms in the reports. */
export const NAME_ENDINGS = ['公司', '集团', '园', '基地', '港', '通道'] as const;

/** One place where a name-ending word is not covered by a mention or a listed phrase. */
export interface Uncovered {
  /** The name-ending word. */
  ending: string;
  /** Up to twelve characters before it and the word, to show where it is. */
  context: string;
}

/** Spans [start, end) of every occurrence of each phrase in a text. */
function spansOf(text: string, phrases: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const phrase of phrases) {
    const folded = foldWidth(phrase);
    for (let at = text.indexOf(folded); at !== -1; at = text.indexOf(folded, at + 1)) {
      spans.push([at, at + folded.length]);
    }
  }
  return spans;
}

/** The name-ending words of a sentence that neither a mention nor a listed non-entity phrase covers. */
export function uncoveredEndings(
  sentence: string,
  mentions: readonly Mention[],
  notEntities: readonly string[],
): Uncovered[] {
  const folded = foldWidth(sentence);
  const covered = [
    ...mentions.map((mention): [number, number] => [mention.start, mention.start + mention.name.length]),
    ...spansOf(folded, notEntities),
  ];
  const found: Uncovered[] = [];
  for (const ending of NAME_ENDINGS) {
    for (let at = folded.indexOf(ending); at !== -1; at = folded.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      if (covered.some(([from, to]) => from <= at && end <= to)) continue;
      found.push({ ending, context: sentence.slice(Math.max(0, at - 12), end) });
    }
  }
  return found;
}
