/** How each kind of metric and each kind of finding reads to a reader, for every page that names them. */
import type { MetricKind } from '../../schema/metric.ts';
import type { FindingKind } from './check.ts';

/** A metric kind in Chinese, with what it means. */
export const KIND_NAMES: Record<MetricKind, string> = {
  flow: '期间数（报告期内发生的量）',
  stock: '时点数（某一时点的存量，可增可减）',
  cumulative: '累计数（截至某时点的累计总量，只增不减）',
  rate: '增速（比上年同期增长）',
  share: '比重',
  target: '目标值（力争、目标，或预计、有望）',
};

/** Short group titles of the metric kinds, in the order the indicator list shows them. */
export const KIND_GROUPS: { kind: MetricKind; title: string }[] = [
  { kind: 'flow', title: '期间数' },
  { kind: 'stock', title: '时点数' },
  { kind: 'cumulative', title: '累计数' },
  { kind: 'rate', title: '增速' },
  { kind: 'share', title: '比重' },
  { kind: 'target', title: '目标' },
];

/** A finding kind in Chinese. */
export const FINDING_NAMES: Record<FindingKind, string> = {
  differs: '说法不一',
  revision: '修订',
  decreases: '累计数减少',
  growth: '增速与数值不符',
  parts: '分项之和超过总数',
  share: '比重与数值不符',
};
