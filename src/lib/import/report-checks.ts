/**
 * Checks of a report file that the editor tools and the build share, for what an import or a scaffold
 * leaves behind: a file saved in another encoding than UTF-8, placeholder text a production build must
 * not publish, and the drafts and unconfirmed figure proposals the build lists. Messages name the file
 * (and line) in Chinese and English.
 */
import { fieldMessage } from '../../schema/messages.ts';

/** The word every placeholder the scaffold and the importer write begins with. */
export const PLACEHOLDER = '待填写';

/**
 * `file: 请另存为 UTF-8 …` when the bytes are not UTF-8 text (GBK from Notepad, UTF-16 from Word), else
 * undefined. Checked before the frontmatter is read, so the editor gets this one line and not a cascade
 * of field errors from mojibake.
 */
export function encodingProblem(file: string, bytes: Uint8Array): string | undefined {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let encoding = utf16 ? 'UTF-16' : bytes.includes(0) ? 'UTF-16' : '';
  if (!encoding) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return undefined;
    } catch {
      encoding = 'GBK/GB18030';
    }
  }
  return `${file}: ${fieldMessage(
    'encoding',
    `文件不是 UTF-8 编码（像是 ${encoding}），请另存为 UTF-8`,
    `the file is not UTF-8 (it looks like ${encoding}); save as UTF-8`,
  )}`;
}

/** Every string in a parsed frontmatter value, with the dotted path of its field. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}.${index}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * `file: field …` / `file:line: …` for each field and body line that still holds the scaffold's
 * placeholder text (`待填写…`); YAML comments are guidance, not content, and are not counted.
 */
export function placeholderProblems(file: string, text: string, data: unknown): string[] {
  const problems = strings(data, '')
    .filter(([, value]) => value.includes(PLACEHOLDER))
    .map(
      ([field]) =>
        `${file}: ${fieldMessage(field, `仍是占位文字“${PLACEHOLDER}…”，请填写后再发布`, `still holds the placeholder text "${PLACEHOLDER}…"; fill it in before publishing`)}`,
    );
  const lines = text.split(/\r?\n/);
  const close = lines.indexOf('---', 1);
  lines.forEach((line, index) => {
    if (index > close && line.includes(PLACEHOLDER)) {
      problems.push(
        `${file}:${index + 1}: ${fieldMessage('正文 body', `仍含占位文字“${PLACEHOLDER}…”，请填写后再发布`, `still holds the placeholder text "${PLACEHOLDER}…"; fill it in before publishing`)}`,
      );
    }
  });
  return problems;
}

/** A figure proposal still open, as the build lists it. */
export interface OpenProposal {
  file: string;
  line: number;
  metric: string;
  period: string;
  text: string;
}

/** `file:line: …` for a proposal the editor has not confirmed yet. */
export function proposalLine(proposal: OpenProposal): string {
  const where = `${proposal.file}:${proposal.line}`;
  const what = `<Fact metric="${proposal.metric}" period="${proposal.period}" proposed>${proposal.text}</Fact>`;
  return `${where}: 待确认的数字，不进入数据集；核对后删除 proposed 即确认 (figure proposed, not in the dataset until confirmed by deleting "proposed"): ${what}`;
}

/** The line the build prints for a draft it leaves out. */
export function draftLine(file: string): string {
  return `${file}: 草稿，不发布；删除 draft: true 后发布 (draft, not published; delete draft: true to publish)`;
}
