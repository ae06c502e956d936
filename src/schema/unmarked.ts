/**
 * The reviewed list of numbers the reports' prose states without a `<Fact>` mark
 * (content/data/unmarked-figures.json): each entry says where the number stands and why it is not a
 * district-level figure of the dataset. A number neither marked nor listed fails the check.
 */
import { z } from 'astro/zod';
// Messages name no field: the formatter puts the entry's path (figures.3.reason) in front.
import { fieldMessage } from './messages.ts';

/** Why a number is left unmarked, with the Chinese and English a reviewer reads. */
export const UNMARKED_REASONS = {
  company: '单个企业、项目、产品或单次活动的数字 (one company, project, product or event)',
  name: '名称、口号或体系名称的一部分 (part of a name, slogan or scheme)',
  'list-count': '句中逐一列出的对象的个数 (the count of the items the sentence names)',
  threshold: '门槛或量级，而非数量 (a threshold or size class, not a count)',
  restated: '重复已标记的数字（本篇别处或更早的报道） (restates a figure marked elsewhere, here or earlier)',
  outside: '不是江津的数字 (not a figure of Jiangjin)',
  rank: '排名或连续年数 (a rank or a streak)',
  duration: '时长或时间跨度 (a length of time)',
  background: '背景数字，不是经济指标 (background, not an economic indicator)',
  vague: '目标范围含糊，不能成为指标 (a vague range that no metric can hold)',
} as const;

/** A reason's id. */
export type UnmarkedReason = keyof typeof UNMARKED_REASONS;

const REASON_IDS = Object.keys(UNMARKED_REASONS) as [UnmarkedReason, ...UnmarkedReason[]];

/** One reviewed stretch of a report's text holding numbers that are not figures of the dataset. */
export const unmarkedEntrySchema = z.strictObject({
  /** The report's slug (its file name without `.mdx`). */
  report: z.string().min(1),
  /** The words around the numbers, exactly as the sentence writes them; it covers each number it holds. */
  text: z.string().regex(/[0-9０-９]/, {
    error: fieldMessage('', '应包含至少一个数字', 'must hold at least one digit'),
  }),
  /** Why the numbers are left unmarked. */
  reason: z.enum(REASON_IDS, {
    error: fieldMessage('', `应为 ${REASON_IDS.join('、')} 之一`, `must be one of ${REASON_IDS.join(', ')}`),
  }),
  /** What the number is, in a few Chinese words, for the next reviewer. */
  note: z.string().min(1),
});

/** The whole file. */
export const unmarkedFileSchema = z.strictObject({
  /** Reviewed stretches, by report. */
  figures: z.array(unmarkedEntrySchema),
});

/** An entry after validation. */
export type UnmarkedEntry = z.output<typeof unmarkedEntrySchema>;
