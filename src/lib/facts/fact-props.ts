/**
 * The props of `<Fact>`, as a zod schema: the one place that says what an editor may write on a fact.
 * Problems are bilingual and name the prop; src/lib/errors/ adds the file and line.
 */
import { z } from 'astro/zod';
import { fieldMessage } from '../errors/format.ts';
import { AS_OF, isPeriod } from './periods.ts';

const ANCHOR = /^[a-z0-9][a-z0-9-]*$/;
const PERIOD_HELP_ZH =
  '应为年份、季度、月份、月份区间、日期或 as-of，如 2022、2023-Q2、2023-06、2023-01/2023-09、2023-06-25';
const PERIOD_HELP_EN =
  'must be a year, quarter, month, range of months, date or as-of, such as 2022, 2023-Q2, 2023-06, 2023-01/2023-09, 2023-06-25';

/** A flag written bare (`estimate`) or as `{true}`. */
const flag = (name: string) =>
  z
    .union([z.literal(true), z.literal('true'), z.literal('false')], {
      error: fieldMessage(name, '应不带值书写，或写作 {true}', `${name} takes no value, or {true}`),
    })
    .transform((value) => value === true || value === 'true')
    .optional();

/** The props of one `<Fact>`. */
export const factPropsSchema = z.strictObject(
  {
    /** Metric id from content/data/metrics.json. */
    metric: z.string({ error: fieldMessage('metric', '缺少此属性', 'metric is missing') }).min(1, {
      error: fieldMessage('metric', '缺少此属性', 'metric is missing'),
    }),
    /** 2022, 2023-Q2, 2023-06, 2023-01/2023-09, 2023-06-25, or as-of (the report's date, for 目前). */
    period: z
      .string({ error: fieldMessage('period', '缺少此属性', 'period is missing') })
      .refine((period) => period === AS_OF || isPeriod(period), {
        error: (issue) =>
          fieldMessage(
            'period',
            `“${String(issue.input)}”${PERIOD_HELP_ZH}`,
            `period "${String(issue.input)}" ${PERIOD_HELP_EN}`,
          ),
      }),
    /** Segment id (industry or level), one the metric lists. */
    segment: z.string().optional(),
    /** The number, when the text does not hold it plainly; it must be in the sentence. */
    value: z
      .string()
      .refine((value) => value.trim() !== '' && Number.isFinite(Number(value)), {
        error: (issue) =>
          fieldMessage(
            'value',
            `“${String(issue.input)}”不是数字`,
            `value "${String(issue.input)}" is not a number`,
          ),
      })
      .transform(Number)
      .optional(),
    /** The unit, when the text does not hold it. */
    unit: z.string().optional(),
    /** more-than, about, nearly or exact, when the words next to the number do not say it. */
    qualifier: z.string().optional(),
    /** An anchor of its own, needed when one report states the same metric and period twice. */
    id: z
      .string()
      .regex(ANCHOR, {
        error: (issue) =>
          fieldMessage(
            'id',
            `“${String(issue.input)}”应为小写字母、数字和连字符`,
            `id "${String(issue.input)}" must be lower-case letters, digits and hyphens`,
          ),
      })
      .optional(),
    /** A projection or estimate (预计, 有望): not a stated value. */
    estimate: flag('estimate'),
    /** Proposed by the importer and not yet confirmed by an editor: listed, never in the dataset. */
    proposed: flag('proposed'),
  },
  {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const keys = issue.keys.join(', ');
      return fieldMessage(
        keys,
        '不是 Fact 可用的属性，请检查拼写',
        `unknown Fact prop ${keys}; check the spelling`,
      );
    },
  },
);

/** A fact's props after validation. */
export type FactProps = z.output<typeof factPropsSchema>;
