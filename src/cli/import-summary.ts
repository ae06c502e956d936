/**
 * What the importer tells the editor it did, one bilingual line per kind of change, so that they know
 * what to check before they edit the draft.
 */
import type { ImportStats } from '../lib/import/clean.ts';
import type { DraftReport } from '../lib/import/import-text.ts';

/** Lines of the summary, each `[中文, English]`. */
export function summaryLines(draft: DraftReport): [string, string][] {
  const s: ImportStats = draft.stats;
  const guesses = s.headings + s.captions + s.bylines;
  const lines: [string, string][] = [
    [`合并断行 ${s.linesJoined} 处`, `line breaks joined: ${s.linesJoined}`],
    [
      `还原重复印出的行 ${s.runsUndone} 行、重复标点 ${s.marksUndoubled} 处`,
      `lines printed twice undone: ${s.runsUndone}; doubled marks: ${s.marksUndoubled}`,
    ],
    [`删除多余空格 ${s.spacesRemoved} 处`, `spaces removed: ${s.spacesRemoved}`],
    [
      `半角标点改为全角 ${s.punctuationConverted} 个`,
      `punctuation made full-width: ${s.punctuationConverted}`,
    ],
    [
      `识别出标题 ${s.headings} 处、图片说明 ${s.captions} 处、署名 ${s.bylines} 处${guesses > 0 ? '，均已加“待确认”注释' : ''}`,
      `guessed headings: ${s.headings}, captions: ${s.captions}, bylines: ${s.bylines}${guesses > 0 ? ', each marked 待确认' : ''}`,
    ],
  ];
  if (s.escaped > 0)
    lines.push([`为 MDX 转义字符 ${s.escaped} 个`, `characters escaped for MDX: ${s.escaped}`]);
  const titleFrom: Record<DraftReport['titleFrom'], [string, string]> = {
    option: ['按 --title', 'from --title'],
    text: ['取自正文中最像标题的一行，待确认', 'the likeliest headline in the text; to confirm'],
    placeholder: ['原文中没有找到，待填写', 'none found in the text; to fill'],
  };
  lines.push([
    `标题“${draft.fields.title}”：${titleFrom[draft.titleFrom][0]}`,
    `title: ${titleFrom[draft.titleFrom][1]}`,
  ]);
  const dateFrom: Record<DraftReport['dateFrom'], [string, string]> = {
    option: ['按 --date', 'from --date'],
    page: ['取自页面标注的发布日期，待确认', 'the publication date the page states; to confirm'],
    text: ['取自文中最晚的完整日期，待确认', 'the latest full date in the text; to confirm'],
    year: ['原文无完整日期，暂取年末，待确认', 'no full date in the text; year end used, to confirm'],
    today: ['原文无日期，暂用今天，待确认', 'no date in the text; today used, to confirm'],
  };
  lines.push([
    `日期 ${draft.fields.date}：${dateFrom[draft.dateFrom][0]}`,
    `date ${draft.fields.date}: ${dateFrom[draft.dateFrom][1]}`,
  ]);
  return lines;
}
