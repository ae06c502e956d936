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
  lines.push(...dateLines(draft), ...headerLines(draft), ...proposalLines(draft));
  return lines;
}

/** Where the date and the report's year came from. */
function dateLines(draft: DraftReport): [string, string][] {
  const from = draft.dateSource ? `“${draft.dateSource}”` : '';
  const dateFrom: Record<DraftReport['dateFrom'], [string, string]> = {
    option: ['按 --date', 'from --date'],
    page: [`取自页面上的发布日期 ${from}`, `the publication date the page prints ${from}`],
    text: [`取自文中最晚的完整日期 ${from}，待确认`, `the latest full date in the text ${from}; to confirm`],
    year: ['原文无完整日期，暂取年末，待确认', 'no full date in the text; year end used, to confirm'],
    today: [
      '注意：原文没有任何日期，暂用今天，发布前必须改正（--date 可指定）',
      'warning: the text has no date at all; today used, to be corrected before publishing (or give --date)',
    ],
  };
  const periodFrom: Record<DraftReport['periodFrom'], [string, string]> = {
    option: ['按 --period', 'from --period'],
    date: ['取日期的年份', "the date's year"],
    text: ['取文中提到最多的年份', 'the year the text names most'],
  };
  const { date, period } = draft.fields;
  return [
    [`日期 ${date}：${dateFrom[draft.dateFrom][0]}`, `date ${date}: ${dateFrom[draft.dateFrom][1]}`],
    [
      `所述年度 ${period}：${periodFrom[draft.periodFrom][0]}`,
      `period ${period}: ${periodFrom[draft.periodFrom][1]}`,
    ],
  ];
}

/** What went from the top of the page to the frontmatter. */
function headerLines(draft: DraftReport): [string, string][] {
  const shapes: Record<DraftReport['shape'], [string, string]> = {
    newspaper: ['报纸版面文本', 'newspaper page text'],
    web: ['网页', 'web page'],
    epaper: ['电子报', 'e-paper page'],
    social: ['新媒体文章（一行一句）', 'social post (one phrase a line)'],
  };
  const { kicker, subtitle, credits, source } = draft.fields;
  const lines: [string, string][] = [
    [`原文类型：${shapes[draft.shape][0]}`, `shape: ${shapes[draft.shape][1]}`],
  ];
  if (kicker) lines.push([`引题“${kicker}”已移入 kicker`, 'kicker moved to the frontmatter']);
  if (subtitle) lines.push([`副题“${subtitle}”已移入 subtitle`, 'subtitle moved to the frontmatter']);
  if (credits.length) {
    const names = credits.map((c) => c.text ?? `${c.role} ${c.names.join('、')}`).join('；');
    lines.push([`署名已移入 credits：${names}`, `bylines moved to credits: ${credits.length}`]);
  }
  if (source.chrome?.length) {
    lines.push([
      `页面信息 ${source.chrome.length} 行（发布时间、来源等）原样移入 source.chrome`,
      `page chrome lines kept verbatim in source.chrome: ${source.chrome.length}`,
    ]);
  }
  return lines;
}

/** Each figure proposed, with its sentence. */
function proposalLines(draft: DraftReport): [string, string][] {
  const lines: [string, string][] = [
    [
      `建议标注的数字 ${draft.proposals.length} 个，核对后删除 proposed 即确认：`,
      `figures proposed: ${draft.proposals.length}; delete "proposed" to confirm each`,
    ],
  ];
  for (const p of draft.proposals) {
    lines.push([`  ${p.text} → ${p.metric} ${p.period}：${p.sentence}`, `${p.metric} ${p.period}`]);
  }
  return lines;
}
