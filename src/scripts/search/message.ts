/**
 * The sentence above /search/'s results: how many pages were found, how many hold the whole query and,
 * offline, how many could not be checked (their phrase positions and text not stored).
 */
import { formatCount, formatKindCounts } from '../../lib/format/number.ts';
import type { RankedResult } from '../../lib/search/rank.ts';

/** What the results of `query` come to; `filtered` is said when filters narrowed them. */
export function foundMessage(
  results: Array<Pick<RankedResult, 'exact' | 'checked' | 'page'>>,
  query: string,
  filtered = '',
): string {
  const quoted = `“${query}”`;
  if (results.length === 0) return `没有找到含${quoted}的页面${filtered}。`;
  // Counts in the site's number style, naming what they count (src/lib/format/).
  const all = formatKindCounts(results.map((result) => result.page.filters.kind?.[0] ?? result.page.label));
  const exact = results.filter((result) => result.exact && result.checked).length;
  const unchecked = results.filter((result) => result.exact && !result.checked).length;
  const partial = results.length - exact - unchecked;
  if (unchecked > 0) {
    const parts = [
      exact > 0 ? `${formatCount(exact, '个')}含完整的${quoted}` : '',
      `${formatCount(unchecked, '个')}含其全部字词，离线时无法核对是否连成${quoted}`,
      partial > 0 ? '其余只含其中部分字词' : '',
    ];
    return `找到${all}${filtered}：${parts.filter(Boolean).join('，')}。`;
  }
  if (partial === 0) return `找到${all}，都含${quoted}${filtered}。`;
  if (exact === 0) {
    return `没有页面含完整的${quoted}${filtered}；以下${formatCount(results.length, '个页面')}含其中部分字词。`;
  }
  return `找到${all}${filtered}：${formatCount(exact, '个')}含完整的${quoted}，其余只含其中部分字词。`;
}
