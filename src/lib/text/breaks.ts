/**
 * Editor-marked headline break points. An editor types a half-width vertical bar `|` in a title,
 * kicker, subtitle or body heading where a printed headline may break (`江津唯实争先|融入成渝中部地区`).
 * Chinese news text never uses the half-width bar (a column sign is the full-width `｜`, which stays
 * text), so the mark cannot be mistaken for a character of the headline. Where a headline is printed,
 * it breaks only at its marks; everywhere else (page title, meta tags, feed, search, dataset, cards,
 * lists) the marks are removed.
 */

/** The mark an editor types where a headline may break. */
export const BREAK_MARK = '|';

const MARKS = /\|/gu;
const LATIN = /[A-Za-z0-9]/u;

/** True when `text` holds at least one break mark. */
export function hasBreakMarks(text: string): boolean {
  return text.includes(BREAK_MARK);
}

/** `text` with its break marks removed: what every surface but the printed headline shows. */
export function stripBreakMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** `text` cut at its break marks (one run when it has none). */
export function splitAtBreakMarks(text: string): string[] {
  return text.split(BREAK_MARK);
}

/** One misplaced mark: what is wrong, in Chinese and English. */
export interface BreakMarkProblem {
  zh: string;
  en: string;
}

/** The name `names` holds that a mark at `at` (an index into `text`) would split, if any. */
function nameAround(text: string, at: number, names: readonly string[]): string | undefined {
  const plain = stripBreakMarks(text);
  // The position of the mark in the text without marks: how many non-mark characters precede it.
  const cut = stripBreakMarks(text.slice(0, at)).length;
  return names.find((name) => {
    for (let start = plain.indexOf(name); start >= 0; start = plain.indexOf(name, start + 1)) {
      if (start < cut && cut < start + name.length) return true;
    }
    return false;
  });
}

/**
 * What is wrong with the break marks of `text`: a mark at the start or end, two marks in a row, a mark
 * beside a space (a space is already a break), inside a Latin word or number (`XF|C`, `12|5`), or inside
 * one of `names` (names are never split). Empty when the marks are well placed or there are none.
 */
export function breakMarkProblems(text: string, names: readonly string[] = []): BreakMarkProblem[] {
  if (!hasBreakMarks(text)) return [];
  const problems: BreakMarkProblem[] = [];
  const add = (zh: string, en: string) => {
    if (!problems.some((problem) => problem.en === en)) problems.push({ zh, en });
  };
  const trimmed = text.trim();
  if (trimmed.startsWith(BREAK_MARK) || trimmed.endsWith(BREAK_MARK)) {
    add('断行标记 | 不能放在开头或结尾', 'a break mark | cannot come first or last');
  }
  for (const match of text.matchAll(MARKS)) {
    const at = match.index;
    const [before, after] = [text[at - 1] ?? '', text[at + 1] ?? ''];
    if (after === BREAK_MARK) add('断行标记 | 重复了', 'a break mark | is doubled');
    if (/\s/u.test(before) || /\s/u.test(after)) {
      add('断行标记 | 两侧不要留空格', 'a break mark | must not touch a space');
    }
    if (LATIN.test(before) && LATIN.test(after)) {
      add(
        `断行标记 | 不能放在英文单词或数字中间（${before}|${after}）`,
        `a break mark | cannot split a Latin word or number (${before}|${after})`,
      );
    }
    const name = nameAround(text, at, names);
    if (name) add(`断行标记 | 不能拆开名称“${name}”`, `a break mark | cannot split the name ${name}`);
  }
  return problems;
}

/** A headline's texts: the title, and the kicker and subtitle where the report has them. */
export interface HeadlineTexts {
  title: string;
  kicker?: string | undefined;
  subtitle?: string | undefined;
}

/** A report's title, kicker and subtitle with their break marks removed (absent fields stay absent). */
export function plainHeadline(headline: HeadlineTexts): HeadlineTexts {
  const plain: HeadlineTexts = { title: stripBreakMarks(headline.title) };
  if (headline.kicker !== undefined) plain.kicker = stripBreakMarks(headline.kicker);
  if (headline.subtitle !== undefined) plain.subtitle = stripBreakMarks(headline.subtitle);
  return plain;
}
