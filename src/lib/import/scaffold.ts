/**
 * The text of a new, empty report: every frontmatter field filled with a valid value or a placeholder
 * marked `# 待填写`, and a body that says how to write one. It builds as it is.
 */
import { frontmatterBlock, STANDARD_NOTES, SUMMARY_PLACEHOLDER, type FieldNotes } from './frontmatter.ts';

/** What the editor gave the scaffold. */
export interface ScaffoldInput {
  title: string;
  date: string;
  period: number;
  /** File name of the raw text in content/sources/. */
  sourceFile: string;
  /** True when that file already held text before the scaffold ran (it is then used, not emptied). */
  sourceHasText: boolean;
}

/** How to write the body, left in it as an MDX comment for the editor to replace. */
export const BODY_HINT =
  '{/* 待填写：正文。每段一行，段落之间空一行；小标题以“## ”开头；图片说明写成 <Caption>图为…</Caption>，' +
  '摄影署名写成 credit="通讯员 某某 摄"。写好后删除本注释。 */}';

/** The whole text of a new report file. */
export function scaffoldReport(input: ScaffoldInput): string {
  const notes: FieldNotes = {
    ...STANDARD_NOTES,
    date: ['可选 subtitle: 标题下的第二行，不带“——” (optional: a second headline line)'],
    period: ['可选 dateNote: 日期不是报纸发表日期时，说明日期的来由 (optional: how the date was found)'],
    source: [
      ...(STANDARD_NOTES.source ?? []),
      input.sourceHasText
        ? `原始文本：content/sources/${input.sourceFile} (the raw text)`
        : `待填写：把原始文本粘贴进 content/sources/${input.sourceFile}（已建好空文件）(to fill: paste the raw text into it)`,
    ],
  };
  const frontmatter = frontmatterBlock(
    {
      draft: true,
      title: input.title,
      date: input.date,
      period: input.period,
      credits: [],
      source: { file: input.sourceFile },
      summary: SUMMARY_PLACEHOLDER,
      topics: [],
    },
    notes,
  );
  return `${frontmatter}\n${BODY_HINT}\n`;
}
