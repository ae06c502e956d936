/**
 * The frontmatter of a report. Strict: an unknown key, a malformed date or a topic outside the list
 * fails the build with a message naming the field in Chinese and English.
 */
import { z } from 'astro/zod';
import { breakMarkProblems } from '../lib/text/breaks.ts';
import { PROTECTED_NAMES } from '../lib/text/names.ts';
import { fieldMessage } from './messages.ts';
import { TOPIC_NAMES } from './topics.ts';

/** Earliest and latest plausible report years. */
export const MIN_PERIOD = 1990;
export const MAX_PERIOD = 2100;
/** Longest summary, in characters. */
export const MAX_SUMMARY = 200;

/** Roles a credit may have, as Chinese newspapers print them. */
export const CREDIT_ROLES = ['文字', '记者', '通讯员', '摄影', '图片', '图文'] as const;

/** True when `value` is a calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A YAML date (parsed to a Date) or a string that must be a real YYYY-MM-DD date. */
function dateField(field: string) {
  const message = fieldMessage(field, '应为 YYYY-MM-DD 格式的日期', `${field} must be a YYYY-MM-DD date`);
  return z
    .union([z.date(), z.string()], { error: message })
    .refine((value) => (value instanceof Date ? !Number.isNaN(value.getTime()) : isRealIsoDate(value)), {
      error: message,
    })
    .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));
}

/** Message for a frontmatter key the schema does not know (usually a typo). */
function unknownKeyMessage(issue: { code?: string; keys?: readonly string[] }): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const keys = (issue.keys ?? []).join(', ');
  return fieldMessage(keys, '不是可用的字段，请检查拼写', `unknown field ${keys}; check the spelling`);
}

/**
 * A headline text (title, kicker, subtitle) whose editor's break marks `|` are well placed: not first
 * or last, not doubled, not beside a space, not inside a Latin word, a number or a name.
 */
function headlineText<T extends z.ZodString>(field: string, text: T) {
  return text.superRefine((value, context) => {
    for (const problem of breakMarkProblems(value, PROTECTED_NAMES)) {
      context.addIssue({ code: 'custom', message: fieldMessage(field, problem.zh, problem.en) });
    }
  });
}

/** One credit line: who wrote the text or took or supplied the pictures. */
export const creditSchema = z
  .strictObject(
    {
      /** What the person or body did: 文字, 记者, 通讯员, 摄影, 图片 or 图文. */
      role: z.enum(CREDIT_ROLES, {
        error: fieldMessage(
          'credits.role',
          `应为 ${CREDIT_ROLES.join('、')} 之一`,
          `credits.role must be one of ${CREDIT_ROLES.join(', ')}`,
        ),
      }),
      /** The names as printed, one per person or body. */
      names: z.array(z.string().trim().min(1)).default([]),
      /** The article's own wording of the credit, shown verbatim (图片由江津区委宣传部提供). */
      text: z.string().trim().min(1).optional(),
    },
    { error: unknownKeyMessage },
  )
  .refine((credit) => credit.names.length > 0 || credit.text !== undefined, {
    error: fieldMessage('credits', '每条署名应有 names 或 text', 'each credit needs names or text'),
  });

/** Where the report's text came from. */
export const sourceSchema = z.strictObject(
  {
    /** File name of the raw text in `content/sources/`. */
    file: z.string().regex(/^[\w.-]+\.txt$/, {
      error: fieldMessage(
        'source.file',
        '应为 content/sources/ 中的 .txt 文件名',
        'source.file must name a .txt file in content/sources/',
      ),
    }),
    /** What kind of source it is (newspaper page, web article), in one line. */
    note: z.string().trim().min(1).optional(),
    /** Address of the original, where known. */
    url: z.url().optional(),
    /** The page chrome as printed (发布日期/来源/浏览次数/责任编辑/索引号 lines, e-paper headers), kept verbatim. */
    chrome: z.array(z.string().trim().min(1)).optional(),
  },
  { error: unknownKeyMessage },
);

/** The whole frontmatter of a report. */
export const reportSchema = z.strictObject(
  {
    /** True while the report is a draft: shown by `astro dev`, left out of production builds. */
    draft: z
      .boolean({ error: fieldMessage('draft', '应为 true 或 false', 'draft must be true or false') })
      .default(false),
    /** The headline as printed; `|` marks where it may break (江津唯实争先|融入成渝中部地区). */
    title: headlineText(
      'title',
      z
        .string({ error: fieldMessage('title', '不能为空', 'title must not be empty') })
        .trim()
        .min(1, {
          error: fieldMessage('title', '不能为空', 'title must not be empty'),
        }),
    ),
    /** The kicker (引题) printed above the headline, e.g. 抓招商育动能 促高质量发展; `|` as in title. */
    kicker: headlineText('kicker', z.string().trim().min(1)).optional(),
    /** A second line of the headline (kicker or series name), without leading dashes; `|` as in title. */
    subtitle: headlineText('subtitle', z.string().trim().min(1)).optional(),
    /** Publication date; where the article gives none, the latest date it reports (see dateNote). */
    date: dateField('date'),
    /** How the date was found when the article does not print one. */
    dateNote: z.string().trim().min(1).optional(),
    /** The year the report is about. */
    period: z
      .number({
        error: fieldMessage('period', '应为年份数字，如 2024', 'period must be a year such as 2024'),
      })
      .int({ error: fieldMessage('period', '应为年份数字，如 2024', 'period must be a year such as 2024') })
      .min(MIN_PERIOD, {
        error: fieldMessage(
          'period',
          `应为 ${MIN_PERIOD}–${MAX_PERIOD} 之间的年份`,
          `period must be a year between ${MIN_PERIOD} and ${MAX_PERIOD}`,
        ),
      })
      .max(MAX_PERIOD, {
        error: fieldMessage(
          'period',
          `应为 ${MIN_PERIOD}–${MAX_PERIOD} 之间的年份`,
          `period must be a year between ${MIN_PERIOD} and ${MAX_PERIOD}`,
        ),
      }),
    /** Writers, photographers and picture sources, as the article gives them. */
    credits: z.array(creditSchema).default([]),
    /** The body that issued the report, where known. */
    issuer: z.string().trim().min(1).optional(),
    /** The raw text the report was made from. */
    source: sourceSchema,
    /** Two or three sentences of our own on what the report says. */
    summary: z
      .string({ error: fieldMessage('summary', '不能为空', 'summary must not be empty') })
      .trim()
      .min(1, { error: fieldMessage('summary', '不能为空', 'summary must not be empty') })
      .max(MAX_SUMMARY, {
        error: fieldMessage(
          'summary',
          `不能超过 ${MAX_SUMMARY} 个字符`,
          `summary must be at most ${MAX_SUMMARY} characters`,
        ),
      }),
    /** Topics from content/data/topics.json. */
    topics: z
      .array(
        z.string().refine((topic) => TOPIC_NAMES.includes(topic), {
          error: (issue) =>
            fieldMessage(
              'topics',
              `“${String(issue.input)}”不在主题列表 content/data/topics.json 中`,
              `"${String(issue.input)}" is not in the topic list content/data/topics.json`,
            ),
        }),
      )
      .default([]),
  },
  { error: unknownKeyMessage },
);

/** A report's frontmatter after validation. */
export type ReportData = z.output<typeof reportSchema>;

/** A fact of a report as its load resolved it (see src/lib/facts/resolve.ts); never written by editors. */
export const resolvedFactSchema = z.strictObject({
  metric: z.string(),
  segment: z.string(),
  period: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string(),
  estimate: z.boolean(),
  proposed: z.boolean(),
  anchor: z.string(),
  key: z.string(),
  text: z.string(),
  quote: z.string(),
  line: z.number(),
  column: z.number(),
});

/** The headline texts with the editor's break marks, for the printed headline only. */
export const markedHeadlineSchema = z.strictObject({
  title: z.string(),
  kicker: z.string().optional(),
  subtitle: z.string().optional(),
});

/**
 * A report entry: its frontmatter with the break marks removed from title, kicker and subtitle (so every
 * surface shows plain text), the marked texts for the printed headline, and the facts the loader read
 * from its body (one parse per report).
 */
export const reportEntrySchema = reportSchema.extend({
  /** Title, kicker and subtitle as the editor marked them, set by the loader; read only by <Headline>. */
  headline: markedHeadlineSchema.optional(),
  /** The report's facts, in reading order, attached by the loader. */
  facts: z.array(resolvedFactSchema).default([]),
});
