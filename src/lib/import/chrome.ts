/**
 * The page chrome of a copied web page, e-paper or social post: the lines around the story that are not
 * the author's text (发布日期 / 来源 / 浏览次数 / 责任编辑 / 索引号 fields, an e-paper's 版次 header, a
 * post's date and time lines, 打印本页 widgets). The importer keeps each verbatim in the frontmatter and
 * reads the publication date and the bylines from them.
 */
import { visualWidth } from './chars.ts';

/** Labels of the fields portals, e-papers and apps print around a story. */
const LABELS = [
  '当前位置',
  '您的位置',
  '发表时间',
  '发布时间',
  '发布日期',
  '更新时间',
  '成文日期',
  '日期',
  '时间',
  '信息来源',
  '来源',
  '稿源',
  '浏览次数',
  '浏览量',
  '阅读量',
  '阅读数',
  '点击数',
  '点击量',
  '访问量',
  '责任编辑',
  '编辑',
  '审核',
  '审校',
  '校对',
  '作者',
  '撰稿',
  '索引号',
  '发文机关',
  '发布机构',
  '主题分类',
  '版次',
  '版名',
  '字号',
  '字体',
  '摄影',
  '视频',
  '监制',
  '统筹',
  '主编',
  '值班编辑',
  '初审',
  '复审',
  '终审',
];

/** `标签：值` where the label is one of LABELS. */
/** A post's one-character credit labels, set off with 丨 only (文丨李四): `图：` opens many captions. */
const POST_LABELS = ['文图', '图文', '文', '图'];

const FIELD = new RegExp(
  `(?:^|[\\s【\\[|｜])(?:(${LABELS.join('|')})[ \\t]*[：:丨｜|]|(${POST_LABELS.join('|')})[ \\t]*[丨｜|])`,
  'gu',
);

/** Widgets copied with a page: 【打印本页】【关闭窗口】, 分享到, 扫一扫在手机打开. */
const WIDGET =
  /^[【[]?(?:打印本页|打印|关闭窗口|关闭|收藏|分享到|分享|扫一扫|字体[：:]?\s*大\s*中\s*小|返回顶部|阅读原文|轻触阅读原文|在看|点赞|留言|写留言|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|微信扫一扫)[】\]]?(?:[\s【[]|$)/u;

/** A post's byline as the app prints it: `原创 江津发布 2024年12月18日 20:15 重庆`. */
const POST_META =
  /^(?:原创\s+)?(?:\S+\s+){0,3}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s+\d{1,2}[:：]\d{2}(?:\s+\p{Script=Han}{2,4})?$/u;

/** An e-paper's page header: `江津日报 2024年10月25日 星期五 第03版：经济`. */
const EPAPER_PAGE = /第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版/u;

/** A line holding only a date, a year, a month and day or a time: a post's dateline, split or whole. */
const DATE_ONLY =
  /^(?:(?:19|20)\d{2}(?:年|[-/.](?:\d{1,2})[-/.]\d{1,2}(?:日)?)?(?:\d{1,2}月\d{1,2}日)?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s+\d{1,2}[:：]\d{2}(?::\d{2})?)?|\d{1,2}月\d{1,2}日(?:\s+\d{1,2}[:：]\d{2})?|\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}[:：]\d{2})?|\d{1,2}[:：]\d{2}(?::\d{2})?)$/u;

/** Longest chrome line, in em; a longer line is a paragraph that happens to start with a label. */
const MAX_CHROME_WIDTH = 90;

/** The fields of a chrome line, `[label, value]` in order, or null when it is not a chrome line. */
export function chromeFields(line: string): [string, string][] | null {
  const text = line.trim();
  if (visualWidth(text) > MAX_CHROME_WIDTH) return null;
  const starts = [...text.matchAll(FIELD)];
  const first = starts[0];
  // The line must begin with its first field (after a bracket or bar).
  if (!first || text.slice(0, first.index).replace(/[\s【[|｜]/gu, '') !== '') return null;
  return starts.map((match, at) => {
    const from = (match.index ?? 0) + match[0].length;
    const to = starts[at + 1]?.index ?? text.length;
    return [
      match[1] ?? match[2] ?? '',
      text
        .slice(from, to)
        .replace(/[\s】\]|｜]+$/u, '')
        .trim(),
    ];
  });
}

/** True when the line is page chrome: labelled fields, a widget, an e-paper page header or a dateline. */
export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (chromeFields(text) || WIDGET.test(text) || isDateOnly(text)) return true;
  return EPAPER_PAGE.test(text) && visualWidth(text) <= 40 && !/[。！？]/u.test(text);
}

/** True when the line holds nothing but a date, a year, a month and day or a time (or a post's byline). */
export function isDateOnly(line: string): boolean {
  const text = line.trim();
  return text !== '' && (DATE_ONLY.test(text) || POST_META.test(text));
}

/** True when the line is a time of day alone (`18:30`): only a post prints one on a line of its own. */
export function isTimeOnly(line: string): boolean {
  return /^\d{1,2}[:：]\d{2}(?::\d{2})?$/u.test(line.trim()) || POST_META.test(line.trim());
}
