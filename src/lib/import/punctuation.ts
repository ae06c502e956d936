/**
 * Punctuation cleanup: half-width marks in Chinese text become full-width (`2022年,江津` → `2022年，江津`),
 * and marks a faux-bold PDF printed twice (`，，`) are printed once. Marks between Latin words or digits
 * (`1,000`, `http://`, `3+3+X`) are left as they are.
 */
import { charAfter, charBefore, INLINE_SPACE, isWide } from './chars.ts';
import type { Cleaned } from './spacing.ts';

/** Half-width marks and their full-width forms. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};

/** The nearest character before `offset` that is not a space. */
function wordBefore(text: string, offset: number): string | undefined {
  let at = offset;
  for (;;) {
    const char = charBefore(text, at);
    if (char === undefined || !INLINE_SPACE.test(char)) return char;
    at -= char.length;
  }
}

/** The nearest character at or after `offset` that is not a space. */
function wordAfter(text: string, offset: number): string | undefined {
  let at = offset;
  for (;;) {
    const char = charAfter(text, at);
    if (char === undefined || !INLINE_SPACE.test(char)) return char;
    at += char.length;
  }
}

/**
 * Bracket pairs `(…)` become `（…）` when Chinese text is inside or next to them, both halves together
 * so that a pair never ends up mixed (`（WRCA)`).
 */
function convertParentheses(text: string): Cleaned {
  let changes = 0;
  let result = text.replace(/\(([^()\n]*)\)/g, (pair, inner: string, offset: number, whole: string) => {
    const chinese =
      isWide(wordBefore(whole, offset)) ||
      isWide(wordAfter(whole, offset + pair.length)) ||
      /\p{Script=Han}/u.test(inner);
    if (!chinese) return pair;
    changes += 2;
    return `（${inner}）`;
  });
  // A bracket whose partner is on another line or missing still follows the text around it.
  result = result.replace(/[()]/g, (bracket, offset: number, whole: string) => {
    if (!isWide(wordBefore(whole, offset)) && !isWide(wordAfter(whole, offset + 1))) return bracket;
    changes++;
    return bracket === '(' ? '（' : '）';
  });
  return { text: result, changes };
}

/** Make half-width `,:;?!()` full-width wherever they stand next to Chinese text. */
export function fullWidthPunctuation(text: string): Cleaned {
  const brackets = convertParentheses(text);
  let changes = brackets.changes;
  let result = '';
  const source = brackets.text;
  for (let at = 0; at < source.length; at++) {
    const char = source[at] ?? '';
    const wide = FULL_WIDTH[char];
    // `result` already holds the converted marks before this one, so `吗?!` converts both marks.
    const isUrlColon = char === ':' && source.startsWith('//', at + 1);
    if (
      wide !== undefined &&
      !isUrlColon &&
      (isWide(wordBefore(result, result.length)) || isWide(wordAfter(source, at + 1)))
    ) {
      result += wide;
      changes++;
    } else {
      result += char;
    }
  }
  return { text: result, changes };
}

/** Marks a faux-bold PDF prints twice; an ellipsis `……` or dash `——` is written doubled and is not here. */
const DOUBLED_MARK = /([，。、；：！？])\1+/gu;

/** Print once the punctuation marks printed twice in a row (`，，` → `，`). */
export function undoubleMarks(text: string): Cleaned {
  let changes = 0;
  const result = text.replace(DOUBLED_MARK, (_run, mark: string) => {
    changes++;
    return mark;
  });
  return { text: result, changes };
}
