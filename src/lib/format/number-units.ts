/**
 * Where a number and its unit must stay on one line. Chinese text may break between any two characters,
 * and the line-breaking rules let a line end after 1797.4 and start the next with 亿元; a reader must
 * never see that (clreq: 不可分割的单位). The Markdown plugin wraps each match in `<span class="nu">`.
 */

/** Units and measure words that follow a number in the reports. Longer ones first. */
const UNITS = [
  '个百分点',
  '百分点',
  '平方米',
  '平方公里',
  '万千瓦',
  '千瓦时',
  '千瓦',
  '标箱',
  '季度',
  '亿元',
  '万元',
  '万吨',
  '万人',
  '公里',
  '公顷',
  '千米',
  '余家',
  '多家',
  '余个',
  '多个',
  ...'亿万元个家户项年月日号吨亩台套辆列人名件座条次倍批所米位类大级期届场',
];

/** A number (with decimals) and the unit after it, or a percentage: 1797.4亿元, 12%, 236家, 0.5个百分点. */
export const NUMBER_UNIT = new RegExp(`\\d+(?:\\.\\d+)?(?:[%％‰]|(?:${UNITS.join('|')}))`, 'gu');

/** The text cut into runs, each number+unit run marked `keep` (to be set on one line). */
export function numberUnitRuns(text: string): { text: string; keep: boolean }[] {
  const runs: { text: string; keep: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER_UNIT)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), keep: false });
    runs.push({ text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), keep: false });
  return runs;
}
