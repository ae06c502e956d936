/**
 * Tests for what a short line of a newspaper page is: a byline, a photo caption, a headline. Each looks at
 * one piece of text; the layout around it is weighed in classify.ts. The patterns come from the Chinese
 * newspaper pages the site's sources were extracted from.
 */
import { endsSentence, visualWidth } from './chars.ts';

/** Longest text, in em, that is taken for a heading. */
export const MAX_HEADING_WIDTH = 30;

/** A Chinese personal name as bylines print them: two or three characters. */
const NAME = String.raw`\p{Script=Han}{2,3}`;
const GAP = String.raw`[ \t\u3000]+`;

/** `唐楸 马建保`, optionally followed by a credit (`图片由…提供`, `…摄`). */
const NAME_LIST = new RegExp(String.raw`^(${NAME}(?:${GAP}${NAME})+)(?:${GAP}(\S.*(?:提供|摄)))?$`, 'u');

/** `图片由江津区委宣传部提供`, `本版图文除署名外由记者江波、通讯员周明璞提供`. */
const SUPPLIED_BY =
  /^[（(]?(?:本版|本报)?(?:图片|图文|照片|摄影|文字|文\/图|图\/文)[^。！？]{0,40}由[^。！？]{1,40}(?:提供|摄)[）)]?$/u;

/** `记者 张三 李四`, `通讯员 王五`: a role word, then names set apart by spaces. */
const REPORTERS = new RegExp(
  String.raw`^(?:本报)?(?:记者|通讯员|特约通讯员|摄影记者)(?:${GAP}${NAME})+$`,
  'u',
);

/** The parts of a byline: the names it lists and the credits it gives in words. */
export interface Byline {
  names: string[];
  credits: string[];
}

/** When `line` (spaces as printed) is a byline or picture credit, its parts; else null. */
export function parseByline(line: string): Byline | null {
  const text = line.trim();
  if (visualWidth(text) > 40) return null;
  const list = NAME_LIST.exec(text);
  if (list) return { names: (list[1] ?? '').split(/[ \t\u3000]+/u), credits: list[2] ? [list[2]] : [] };
  if (SUPPLIED_BY.test(text) || REPORTERS.test(text)) return { names: [], credits: [text] };
  return null;
}

/** A photographer's credit at the end of a caption, as printed: `通讯员 谭文奇 摄`, `记者张三摄`. */
const PHOTO_CREDIT = new RegExp(
  String.raw`${GAP}((?:(?:本报|特约)?(?:记者|通讯员|摄影记者)${GAP}?)?${NAME}(?:${GAP}${NAME})*${GAP}?摄)$|` +
    String.raw`((?:本报|特约)?(?:记者|通讯员|摄影记者)${NAME}(?:、${NAME})*摄)$|` +
    // Web pages and posts bracket it, or set it straight after the caption's full stop.
    String.raw`[（(]((?:(?:本报|特约)?(?:记者|通讯员|摄影记者)${GAP}?)?${NAME}(?:(?:、|${GAP})${NAME})*${GAP}?摄)[）)]$|` +
    String.raw`(?<=[。！])${GAP}?((?:(?:本报|特约)?(?:记者|通讯员|摄影记者)${GAP}?)?${NAME}(?:(?:、|${GAP})${NAME})*${GAP}?摄)$`,
  'u',
);

/** Split a caption's photographer credit from its text: `[text, credit]`, or null when it has none. */
export function splitPhotoCredit(line: string): [string, string] | null {
  const match = PHOTO_CREDIT.exec(line.trim());
  if (!match) return null;
  const credit = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
  const text = line.trim().slice(0, match.index).trim();
  return text === '' ? null : [text, credit];
}

/** `图为…`, at the start or after the sentence a caption opens with. */
const PICTURE_IS = /(?:^|[。，；,;])\s*图为/u;

/** What a picture shows, named at the end: 规划图, 效果图, 全景… */
const PICTURE_KIND = /(?:规划图|效果图|示意图|鸟瞰图|全景图|航拍图|全景)[)）]?$/u;

/** A numbered picture: ①…⑳ at the start. */
const NUMBERED = /^[\u2460-\u2473]/u;

/** True when the text carries a caption's own marks: 图为, a photo credit, a picture number or kind. */
export function looksLikeCaption(text: string): boolean {
  if (endsSentence(text)) return false;
  return (
    PICTURE_IS.test(text) || splitPhotoCredit(text) !== null || NUMBERED.test(text) || PICTURE_KIND.test(text)
  );
}

/** True when a line begins a numbered caption (①…), which starts a new block even without a blank line. */
export function startsNumberedCaption(text: string): boolean {
  return NUMBERED.test(text);
}

/** Punctuation that shows the text is a clause of a sentence, which a heading is not. */
const CLAUSE_MARK = /[，、；：,;:。！？]/u;

/** True when the text could be a heading: short, no sentence punctuation, some Chinese. */
export function looksLikeHeading(text: string): boolean {
  return (
    visualWidth(text) <= MAX_HEADING_WIDTH &&
    !endsSentence(text) &&
    !CLAUSE_MARK.test(text) &&
    /\p{Script=Han}/u.test(text) &&
    // A date or figure standing alone is a stray piece of a sentence, not a heading.
    !/^[\d年月日\s.-]+$/u.test(text)
  );
}

/** A subtitle line: it opens with a dash (`——区经济信息委2023年工作回眸`). */
export function isSubtitleLine(text: string): boolean {
  return /^(?:——|—|--)\s*\S/u.test(text) && visualWidth(text) <= 40 && !endsSentence(text);
}
