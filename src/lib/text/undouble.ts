/**
 * Undo text runs that a PDF extractor printed twice (`疫情汛情风险交织疫情汛情风险交织，，`).
 *
 * Newspaper PDFs with a faux-bold effect draw each glyph run twice, so an extracted line becomes a
 * sequence of doubled pieces `a a b b c c`. A line is undone only when the whole of it parses that way:
 * ordinary prose always has some piece that is not doubled, so reduplicated words such as 牢牢 or 累累
 * inside a sentence are never touched.
 */

/** Lines shorter than this are left alone: too little evidence that they were printed twice. */
const MIN_DOUBLED_LENGTH = 4;

/**
 * When `line` is made entirely of runs each printed twice in a row, return it with every run once;
 * otherwise return `null`.
 */
export function undoubleWholeLine(line: string): string | null {
  const chars = Array.from(line);
  const n = chars.length;
  if (n < MIN_DOUBLED_LENGTH || n % 2 !== 0) return null;
  // reach[i] holds the piece that ended a parse of chars[0..i), or undefined when there is none.
  const back: (number | undefined)[] = new Array(n + 1);
  back[0] = 0;
  for (let start = 0; start < n; start++) {
    if (back[start] === undefined) continue;
    for (let half = 1; start + 2 * half <= n; half++) {
      const end = start + 2 * half;
      if (back[end] !== undefined) continue;
      let same = true;
      for (let k = 0; k < half; k++) {
        if (chars[start + k] !== chars[start + half + k]) {
          same = false;
          break;
        }
      }
      if (same) back[end] = start;
    }
  }
  if (back[n] === undefined) return null;
  const pieces: string[] = [];
  for (let end = n; end > 0;) {
    const start = back[end] as number;
    pieces.push(chars.slice(start, start + (end - start) / 2).join(''));
    end = start;
  }
  return pieces.reverse().join('');
}

/** `line` with its doubled runs undone when the whole line was printed twice, else `line` as it is. */
export function undoubleLine(line: string): string {
  const trimmed = line.trim();
  return undoubleWholeLine(trimmed) ?? line;
}

/**
 * Find the first run of at least `minLength` letters, digits or Chinese characters printed twice in a row
 * (`风险交织风险交织`), as a reader would notice it. Runs across punctuation are left alone: prose repeats
 * such patterns on purpose (`低效用地、闲置用地、闲置厂房`). Returns the run, or `null` when there is none.
 */
export function findDoubledRun(text: string, minLength = 4): string | null {
  const match = new RegExp(`([\\p{L}\\p{N}]{${minLength},}?)\\1`, 'u').exec(text);
  return match ? (match[1] ?? null) : null;
}
