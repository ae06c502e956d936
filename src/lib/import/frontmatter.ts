/**
 * The frontmatter of a draft report, written with the `yaml` library so that any title or note is quoted
 * safely, and with a `# 待填写` / `# 待确认` comment above each field an editor still has to fill or check.
 * Every value is valid as written, so the draft builds before anyone edits it.
 */
import { Document, isScalar, type Pair } from 'yaml';
import type { Credit } from './credits.ts';

/** What the summary says until an editor writes one: valid, and plainly a placeholder. */
export const SUMMARY_PLACEHOLDER = '待填写：用两三句话概括本报道。';

/** The fields of a draft, in the order they are written. */
export interface DraftFields {
  /** Every report a tool writes is a draft until the editor deletes this line. */
  draft?: true;
  title: string;
  kicker?: string;
  subtitle?: string;
  date: string;
  dateNote?: string;
  period: number;
  credits: Credit[];
  issuer?: string;
  source: { file: string; note?: string; chrome?: string[] };
  summary: string;
  topics: string[];
}

/** Comment lines to write above a field. */
export type FieldNotes = Partial<Record<keyof DraftFields, string[]>>;

/** The notes every draft carries, for the fields no tool can fill. */
export const STANDARD_NOTES: FieldNotes = {
  draft: [
    '草稿：npm run dev 中可见，正式构建不发布；核对完毕后删除这一行即发布',
    '(a draft: shown by npm run dev, left out of the published site; delete this line to publish)',
  ],
  credits: [
    '待填写：署名，如 - { role: 记者, names: [张三] }；role 可为 文字、记者、通讯员、摄影、图片、图文',
    '(to fill: bylines; role is one of 文字, 记者, 通讯员, 摄影, 图片, 图文)',
  ],
  source: [
    '可选 issuer: 发布单位，如 江津区经济和信息化委员会 (optional: the issuing body)',
    '可选 source.note: 来源说明，如 报纸版面文本，由PDF提取 (optional: what the source is)',
  ],
  summary: [
    '待填写：用两三句话概括本报道，不超过 200 字 (to fill: two or three sentences, at most 200 characters)',
  ],
  topics: [
    '待填写：从 content/data/topics.json 选择主题，如 [招商引资, 重点项目]',
    '(to fill: topics from content/data/topics.json)',
  ],
};

/** The draft's frontmatter block, `---` lines included, with the notes as YAML comments. */
export function frontmatterBlock(fields: DraftFields, notes: FieldNotes = {}): string {
  const ordered: Record<string, unknown> = {};
  for (const key of [
    'draft',
    'title',
    'kicker',
    'subtitle',
    'date',
    'dateNote',
    'period',
    'credits',
    'issuer',
    'source',
    'summary',
    'topics',
  ] as const) {
    if (fields[key] !== undefined) ordered[key] = fields[key];
  }
  const doc = new Document(ordered);
  const items = (doc.contents as { items?: Pair[] } | null)?.items ?? [];
  for (const pair of items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value) as keyof DraftFields;
    const lines = notes[key];
    if (lines && lines.length > 0) pair.key.commentBefore = lines.map((line) => ` ${line}`).join('\n');
    // Short lists read best inline, as the finished reports write them: `topics: [招商引资]`.
    if (
      (key === 'topics' || key === 'credits') &&
      pair.value &&
      typeof pair.value === 'object' &&
      'flow' in pair.value
    ) {
      (pair.value as { flow: boolean }).flow = true;
    }
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}
