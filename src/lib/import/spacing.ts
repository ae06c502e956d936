/**
 * Remove the spaces PDF extraction leaves in Chinese text (`去 年 ， 区 经 济`, `2023 年`, `3GW 钙钛矿`):
 * a browser shows each as a gap a reader notices. Spaces between two Latin words or numbers
 * (`Model Y`, `1 370`) are the writer's and stay.
 */
import { ASCII_WORD, charAfter, charBefore, isWide } from './chars.ts';

/** A run of inline whitespace with the characters on either side. */
const SPACE_RUN = /[ \t\v\f\u00A0\u3000]+/gu;

/** True when a space between `before` and `after` is extraction debris, not the writer's. */
function isDebrisGap(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  const wideBefore = isWide(before);
  const wideAfter = isWide(after);
  if (wideBefore && wideAfter) return true;
  // Between Chinese and a Latin word or number Chinese typography uses no space: `2023年`, `XFC电池`.
  return (
    (wideBefore && (ASCII_WORD.test(after) || after === '%')) || (wideAfter && /[A-Za-z0-9%‰]/.test(before))
  );
}

/** The result of a cleanup step: the new text and how many changes it made. */
export interface Cleaned {
  text: string;
  changes: number;
}

/** Remove every space that sits between Chinese text and Chinese text, a number or a Latin word. */
export function removeDebrisSpaces(text: string): Cleaned {
  let changes = 0;
  const result = text.replace(SPACE_RUN, (run, offset: number, whole: string) => {
    if (!isDebrisGap(charBefore(whole, offset), charAfter(whole, offset + run.length))) return run;
    changes++;
    return '';
  });
  return { text: result, changes };
}

/**
 * Clean the spacing of a headline. Newspapers set the two halves of a headline apart with a gap
 * (`企业提质增效 释放发展“新潜能”`), which the site draws between spans, so a gap between two parts of
 * several characters stays as one space; gaps around a lone character are letter-spacing and go.
 */
export function cleanHeadlineSpaces(text: string): Cleaned {
  const parts = text.trim().split(SPACE_RUN);
  let changes = 0;
  let result = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const previous = parts[i - 1] ?? '';
    const part = parts[i] ?? '';
    const spaced = Array.from(previous).length === 1 || Array.from(part).length === 1;
    const keep = !spaced && isWide(Array.from(previous).at(-1)) && isWide(charAfter(part, 0));
    if (keep || !isDebrisGap(Array.from(previous).at(-1), charAfter(part, 0))) {
      result += ' ' + part;
    } else {
      changes++;
      result += part;
    }
  }
  return { text: result, changes };
}
