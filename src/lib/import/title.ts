/**
 * Find the report's headline among the headings the importer found, so that it becomes the title in the
 * frontmatter and is not printed a second time in the body.
 */
import { stripForCompare } from '../text/han.ts';
import type { Item } from './classify.ts';
import { cleanText } from './clean.ts';
import { joinLines } from './paragraphs.ts';

/** The cleaned text of a heading as a headline: two-part gaps kept, debris gone. */
export function headingText(item: Pick<Item, 'lines'>): string {
  return cleanText(joinLines(item.lines.map((line) => line.text)), 'headline');
}

/** The cleaned text of a subtitle, without its leading dash. */
export function subtitleText(item: Item): string | undefined {
  if (!item.subtitle) return undefined;
  return cleanText(joinLines(item.subtitle.map((line) => line.text)), 'headline').replace(
    /^(?:——|—|--)\s*/u,
    '',
  );
}

/**
 * The index of the likeliest headline among `items`, or -1 when there is no heading. In order of
 * preference: a heading the source marks as level 1; one with a dashed subtitle under it; a two-part
 * headline (parts set apart by a gap, as front-page headlines are); else the first heading.
 */
export function findTitleItem(items: readonly Item[]): number {
  const headings = items.flatMap((item, index) => (item.kind === 'heading' ? [{ item, index }] : []));
  const preferences: ((item: Item) => boolean)[] = [
    (item) => item.explicit === true && item.level === 1,
    (item) => item.subtitle !== undefined,
    (item) => headingText(item).includes(' '),
    () => true,
  ];
  for (const prefer of preferences) {
    const found = headings.find(({ item }) => prefer(item));
    if (found) return found.index;
  }
  return -1;
}

/** The index of the heading that says the same as `title`, or -1: it is the title, not a section. */
export function findHeadingMatching(items: readonly Item[], title: string): number {
  const wanted = stripForCompare(title);
  return items.findIndex((item) => item.kind === 'heading' && stripForCompare(headingText(item)) === wanted);
}
