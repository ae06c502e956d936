/**
 * Finding the entities a sentence names. Every name of every entity is looked for; where names
 * overlap, the leftmost and then the longest wins (重庆枢纽港产业园（江津片区） is the park, not 江津片区),
 * and each stretch of text names one entity at most. Full-width Latin letters and brackets count the
 * same as half-width ones, so 科学城(江津片区) and 科学城（江津片区） both match.
 */
import { namesOf, type Entity } from './schema.ts';

/** Where a sentence names an entity. */
export interface Mention {
  /** The entity's id. */
  entity: string;
  /** The name as the sentence writes it. */
  name: string;
  /** Offset of the name in the sentence. */
  start: number;
}

/** Fold full-width ASCII to half-width and Latin letters to lower case, keeping every offset. */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ')
    .toLowerCase();
}

/** A matcher over a registry's names, built once and used for every sentence. */
export interface Matcher {
  /** The mentions in one sentence, left to right. */
  find(sentence: string): Mention[];
}

/** Build a matcher for the given entities. */
export function createMatcher(entities: readonly Entity[]): Matcher {
  // Names by their first character, longest first, so each position tries few names.
  const byFirst = new Map<string, { folded: string; entity: string }[]>();
  for (const entity of entities) {
    for (const name of new Set(namesOf(entity))) {
      const folded = foldWidth(name);
      const first = folded[0] ?? '';
      const list = byFirst.get(first) ?? [];
      list.push({ folded, entity: entity.id });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  return {
    find(sentence) {
      const folded = foldWidth(sentence);
      const mentions: Mention[] = [];
      for (let at = 0; at < folded.length;) {
        const hit = byFirst.get(folded[at] ?? '')?.find((name) => folded.startsWith(name.folded, at));
        if (!hit) {
          at++;
          continue;
        }
        mentions.push({ entity: hit.entity, name: sentence.slice(at, at + hit.folded.length), start: at });
        at += hit.folded.length;
      }
      return mentions;
    },
  };
}

/** A report's sentence that names at least one entity, with what it names. */
export interface SentenceMentions {
  /** The sentence's anchor on the report page. */
  id: string;
  /** The sentence. */
  text: string;
  /** The entities it names, left to right. */
  mentions: Mention[];
}

/** The sentences of a report that name entities, in reading order. */
export function mentionsIn(
  sentences: readonly { id: string; text: string }[],
  matcher: Matcher,
): SentenceMentions[] {
  return sentences.flatMap((sentence) => {
    const mentions = matcher.find(sentence.text);
    return mentions.length ? [{ id: sentence.id, text: sentence.text, mentions }] : [];
  });
}
