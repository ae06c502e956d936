/**
 * The comments an imported draft carries above its fields: what to fill, and what the importer read or
 * guessed and the editor should confirm, in Chinese and English.
 */
import { STANDARD_NOTES, type DraftFields, type FieldNotes } from './frontmatter.ts';

/** The notes for a draft's fields, given where its title came from and what its date was read from. */
export function draftNotes(
  fields: DraftFields,
  titleFrom: 'option' | 'text' | 'placeholder',
  dateSource: string | undefined,
): FieldNotes {
  const notes: FieldNotes = { ...STANDARD_NOTES };
  if (titleFrom === 'text') {
    notes.title = [
      '待确认：标题取自原文中最像标题的一行 (to confirm: taken from the likeliest headline in the text)',
    ];
  } else if (titleFrom === 'placeholder') {
    notes.title = ['待填写：原文中没有找到标题 (to fill: no headline found in the text)'];
  }
  if (fields.kicker) notes.kicker = ['待确认：标题上方的引题 (to confirm: the kicker above the headline)'];
  if (fields.subtitle)
    notes.subtitle = ['待确认：标题下方的副题 (to confirm: the subtitle under the headline)'];
  if (dateSource !== undefined) {
    notes.date = [`待确认：日期由导入程序读出或推断，来自“${dateSource}” (to confirm: read or inferred)`];
  }
  // The issuer is filled in: the note offering it would only confuse.
  if (fields.issuer) notes.source = (notes.source ?? []).filter((line) => !line.includes('issuer'));
  if (fields.credits.length)
    notes.credits = ['待确认：署名取自原文 (to confirm: bylines as the text gives them)'];
  return notes;
}
