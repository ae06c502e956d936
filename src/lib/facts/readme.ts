/** The dataset's README: what the columns hold, the units, qualifiers and sources, and how to cite it. */
import type { Registry } from '../../schema/metric.ts';
import { COLUMNS } from './dataset.ts';
import type { Observation } from './observations.ts';

/** The README as Markdown; `site` is the site's address, for absolute links. */
export function datasetReadme(registry: Registry, observations: Observation[], site: string): string {
  const base = site.replace(/\/$/, '');
  const used = new Set(observations.map((observation) => observation.metric));
  const reports = [...new Map(observations.map((o) => [o.slug, o.reportTitle])).entries()];
  return [
    '# 江津工业经济指标数据集 (Jiangjin industrial economy indicators)',
    '',
    `本数据集收录本站${reports.length}篇报道中陈述的${observations.length}个数字，涉及${used.size}项指标。每一行是一个数字，连同陈述它的原文整句和报道网页上该数字的锚点链接。`,
    '',
    `This dataset holds the ${observations.length} figures stated in ${reports.length} reports on this site, over ${used.size} metrics: one row per figure, with the sentence that states it and a link to it on the report page.`,
    '',
    '## 文件 (files)',
    '',
    `- ${base}/data/indicators.json — JSON 数组，每个元素一行 (a JSON array, one object per row)`,
    `- ${base}/data/indicators.csv — CSV，UTF-8 带 BOM，Excel 可直接打开 (UTF-8 with BOM, opens in Excel)`,
    '',
    '## 列 (columns)',
    '',
    ...COLUMNS.map(([name, description]) => `- \`${name}\`: ${description}`),
    '',
    '## 时期 (periods)',
    '',
    '`2022` 全年；`2023-Q2` 季度；`2023-06` 月份，或截至该月的累计数；`2023-01/2023-09` 年内1—9月（前三季度）；`2023-06-26` 截至该日（原文只说“目前”，取报道日期）。',
    '(`2022` a year; `2023-Q2` a quarter; `2023-06` a month, or a count as of its end; `2023-01/2023-09` months 1–9; `2023-06-26` as of that date: the text says only 目前, so the report’s date.)',
    '',
    '## 预计数 (estimates)',
    '',
    '`estimate` 为1的行是原文中的预计数（预计、有望），不是实际数；目标类指标（kind 为 target）是目标或预计目标。',
    '(Rows with `estimate` 1 are projections the text gives with 预计 or 有望, not results; target metrics are goals.)',
    '',
    '## 限定词 (qualifiers)',
    '',
    ...registry.qualifiers.map(
      (qualifier) =>
        `- \`${qualifier.id}\` ${qualifier.name} (${qualifier.en}): 原文写作 ${[...qualifier.before.map((word) => `${word}…`), ...qualifier.after.map((word) => `…${word}`)].join('、')}`,
    ),
    '- 空 (empty): 原文给出确数 (the source gives the figure exactly)',
    '',
    '## 指标与单位 (metrics and units)',
    '',
    ...registry.metrics
      .filter((metric) => used.has(metric.id))
      .map(
        (metric) =>
          `- \`${metric.id}\` ${metric.name}（${metric.unit}，${metric.kind}）：${metric.definition}`,
      ),
    '',
    '## 来源 (sources)',
    '',
    ...reports.map(([slug, title]) => `- ${title}：${base}/reports/${slug}/`),
    '',
    '数字照录报道原文，未作换算；不同报道对同一数字说法不一或后来修订时两者都收录，列在 /data/conflicts/ 和指标页上。',
    '(Figures are quoted as the reports state them, unconverted; where reports disagree or revise a figure both are kept and listed on /data/conflicts/ and the indicator page.)',
    '',
    '## 引用 (how to cite)',
    '',
    `江津工业经济数据故事：江津工业经济指标数据集，${base}/data/ ，访问日期：YYYY年M月D日。引用单个数字时，请链接 \`report\` 列中的原文地址。`,
    '',
    `(Jiangjin Industrial Economy: indicator dataset, ${base}/data/, accessed YYYY-MM-DD. To cite one figure, link the URL in its \`report\` column.)`,
    '',
  ].join('\n');
}
