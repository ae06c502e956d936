/**
 * Close terms for a query that found no page holding it: the names the site knows (topics, indicators,
 * companies, parks) that share the longest run of characters with the query. 巨湾电池厂 → 巨湾技研,
 * 专精特新企业名单 → 专精特新.
 */

/** The length of the longest run of characters two strings share. */
function sharedRun(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let best = 0;
  const row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j] ?? 0;
      row[j] = x[i - 1] === y[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, row[j] ?? 0);
      diagonal = above;
    }
  }
  return best;
}

/**
 * Up to `limit` names sharing at least two characters in a row with the query: the longest shared run
 * first, then the name of which it is the larger part (巨湾 is half of 巨湾技研, 工厂 a third of 新建智能工厂),
 * then the name closest in length; never the query itself.
 */
export function closeTerms(query: string, names: readonly string[], limit = 5): string[] {
  const length = [...query].length;
  return [...new Set(names)]
    .filter((name) => name !== query)
    .map((name) => {
      const run = sharedRun(query, name);
      return { name, run, share: run / [...name].length, gap: Math.abs([...name].length - length) };
    })
    .filter((candidate) => candidate.run >= 2)
    .sort((a, b) => b.run - a.run || b.share - a.share || a.gap - b.gap || a.name.localeCompare(b.name, 'zh'))
    .slice(0, limit)
    .map((candidate) => candidate.name);
}
