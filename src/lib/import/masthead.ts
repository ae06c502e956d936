/**
 * The top of a copied web page, e-paper page or social post: kicker, headline and subtitle, the chrome
 * around them (date, source, views, editor, e-paper header, a post's dateline and account) and the
 * byline of a `本报讯（记者 … 通讯员 …）` lead. What it finds leaves the body and goes to the
 * frontmatter, verbatim where it is chrome. A newspaper PDF's text has no chrome and is left as it is.
 */
import { endsSentence, visualWidth } from './chars.ts';
import { chromeFields, isChromeLine, isDateOnly, isTimeOnly } from './chrome.ts';
import { mergeCredits, parseCredits, verbatimCredit, type Credit } from './credits.ts';
import type { SourceLine } from './lines.ts';
import { parseByline, splitPhotoCredit } from './roles.ts';

/** What the top of the page holds besides the story. */
export interface Masthead {
  /** The shape of the source, as far as the chrome tells it. */
  shape: 'newspaper' | 'web' | 'epaper' | 'social';
  kicker?: string;
  /** The headline line(s), as printed. */
  title?: SourceLine[];
  subtitle?: string;
  /** The chrome lines, trimmed, in the order printed. */
  chrome: string[];
  credits: Credit[];
  /** The lines of the text with the masthead and chrome taken out (as blank lines). */
  lines: (SourceLine | null)[];
}

/** How many non-blank lines from the top may still be masthead. */
const MASTHEAD_LINES = 14;
/** Widest headline line, in em. */
const MAX_HEADLINE_WIDTH = 40;
/** Widest account name a post prints under its dateline. */
const MAX_ACCOUNT_WIDTH = 12;

/** `本报讯（记者 王某 通讯员 李某）`, `江津日报讯 （记者 王某）`, `（记者 王某）` opening a lead. */
const LEAD =
  /^((?:本报|本台|本网|\p{Script=Han}{2,8})讯)?[ \t\u3000]*(?:[（(]((?:本报|特约|见习|首席)?(?:记者|通讯员|实习生)[^）)]{1,60})[）)])?/u;

/** True when a line could be a headline, kicker or subtitle line. */
function headlineLike(text: string): boolean {
  return (
    visualWidth(text) <= MAX_HEADLINE_WIDTH &&
    /\p{Script=Han}/u.test(text) &&
    !/[。；;]/u.test(text) &&
    !/[，、,]$/u.test(text) &&
    parseByline(text) === null &&
    splitPhotoCredit(text) === null
  );
}

/** Chrome labels that credit the text or pictures, and the role word each gives the names after it. */
const CREDIT_LABELS: Record<string, string> = {
  作者: '文',
  撰稿: '文',
  文: '文',
  图: '摄影',
  摄影: '摄影',
  文图: '图文',
  图文: '图文',
};

/** The credits a chrome line gives (作者：记者 王某 通讯员 李某, 文丨李四). */
function chromeCredits(line: string): Credit[] {
  const fields = chromeFields(line) ?? [];
  return fields.flatMap(([label, value]) => {
    const role = CREDIT_LABELS[label];
    if (!role || value === '') return [];
    return parseCredits(value) ?? parseCredits(`${role} ${value}`) ?? [verbatimCredit(`${label}：${value}`)];
  });
}

/** Kicker, title and subtitle from the headline lines at the top. */
function headlineParts(group: SourceLine[]): Pick<Masthead, 'kicker' | 'title' | 'subtitle'> {
  const dash = /^(?:——|—|--)\s*/u;
  const text = (line: SourceLine | undefined) => line?.text.trim() ?? '';
  const last = group.at(-1);
  const subtitled = group.length >= 2 && dash.test(text(last));
  const heads = subtitled ? group.slice(0, -1) : group;
  const subtitle = subtitled ? text(last).replace(dash, '') : undefined;
  // A kicker (引题) stands above the headline; with three lines and no dash, the third is the subtitle.
  if (heads.length === 1) return { title: heads, ...(subtitle ? { subtitle } : {}) };
  if (heads.length === 2)
    return { kicker: text(heads[0]), title: [heads[1] as SourceLine], ...(subtitle ? { subtitle } : {}) };
  return {
    kicker: text(heads[0]),
    title: [heads[1] as SourceLine],
    subtitle: subtitle ?? heads.slice(2).map(text).join(''),
  };
}

/** Take a `本报讯（记者 …）` opening off the first body line; the opening goes to the chrome. */
function takeLead(lines: (SourceLine | null)[], masthead: Masthead): void {
  const at = lines.findIndex((line) => line !== null);
  const line = at >= 0 ? lines[at] : null;
  if (!line) return;
  const match = LEAD.exec(line.text);
  if (!match || (match[1] === undefined && match[2] === undefined) || match[0].length === line.text.length)
    return;
  masthead.chrome.push(match[0].trim());
  if (match[2]) mergeCredits(masthead.credits, parseCredits(match[2]) ?? [verbatimCredit(match[2])]);
  lines[at] = { ...line, text: line.text.slice(match[0].length).trim() };
}

/** Read the masthead and chrome of a text split into lines (blank lines as null). */
export function readMasthead(source: readonly (SourceLine | null)[]): Masthead {
  const lines = [...source];
  const masthead: Masthead = { shape: 'newspaper', chrome: [], credits: [], lines };
  const chromeAt = (index: number, text: string) => {
    masthead.chrome.push(text.trim());
    mergeCredits(masthead.credits, chromeCredits(text));
    lines[index] = null;
  };
  // Labelled fields and widgets anywhere (责任编辑 and 打印本页 stand at the foot of a web page).
  lines.forEach((line, index) => {
    if (line && isChromeLine(line.text) && !isDateOnly(line.text)) chromeAt(index, line.text);
  });
  const group: SourceLine[] = [];
  let seen = 0;
  let groupClosed = false;
  let dateline = false;
  let time = false;
  for (const [index, line] of source.entries()) {
    if (!line || seen >= MASTHEAD_LINES) continue;
    seen++;
    if (lines[index] === null) {
      groupClosed ||= group.length > 0;
      continue;
    }
    if (isDateOnly(line.text)) {
      dateline = true;
      time ||= isTimeOnly(line.text) || /\d[:：]\d{2}$/u.test(line.text);
      chromeAt(index, line.text);
      groupClosed ||= group.length > 0;
      continue;
    }
    // A post prints its account's name under the dateline: 江津发布.
    if (
      time &&
      group.length > 0 &&
      visualWidth(line.text) <= MAX_ACCOUNT_WIDTH &&
      !/[，。！？、]/u.test(line.text)
    ) {
      chromeAt(index, line.text);
      continue;
    }
    if (groupClosed || !headlineLike(line.text) || group.length === 3) break;
    group.push(line);
  }
  const found = masthead.chrome.length > 0;
  if (!found || group.length === 0) {
    if (found) takeLead(lines, masthead);
    masthead.shape = found ? 'web' : 'newspaper';
    return found ? masthead : { ...masthead, lines: [...source] };
  }
  for (const line of group) lines[line.index] = null;
  Object.assign(masthead, headlineParts(group));
  takeLead(lines, masthead);
  masthead.shape =
    time || (dateline && !masthead.chrome.some((text) => chromeFields(text)))
      ? 'social'
      : masthead.chrome.some((text) => /版次|第\s*\S{1,3}\s*版/u.test(text))
        ? 'epaper'
        : 'web';
  return masthead;
}

/** True when a post's phrase line carries on into the next: it ends in a comma, colon or opening mark. */
export function phraseContinues(text: string): boolean {
  return !endsSentence(text) && /[，、：,:“‘（《—]$/u.test(text.trim());
}
