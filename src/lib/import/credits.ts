/**
 * Bylines and picture credits as the frontmatter's `credits` list: `记者 王某 通讯员 李某` becomes one
 * entry per role with its names; wording that names no one plainly (本版图片由记者王某摄) is kept verbatim.
 */
import type { CREDIT_ROLES } from '../../schema/report.ts';

/** One credit of the frontmatter. */
export interface Credit {
  role: (typeof CREDIT_ROLES)[number];
  names: string[];
  text?: string;
}

/** Role words as printed, and the schema's role each stands for. */
const ROLES: [RegExp, Credit['role']][] = [
  [/^(?:特约|首席|见习)?通讯员$/u, '通讯员'],
  [/^(?:本报|本台|见习|首席|融媒体)?记者$/u, '记者'],
  [/^(?:摄影记者|摄影|摄|图)$/u, '摄影'],
  [/^(?:文\/图|图\/文|图文)$/u, '图文'],
  [/^(?:文|撰稿|作者|实习生)$/u, '文字'],
];

const ROLE_WORD =
  /(特约通讯员|首席通讯员|见习通讯员|通讯员|本报记者|见习记者|首席记者|融媒体记者|摄影记者|记者|文\/图|图\/文|图文|撰稿|实习生|摄影|文|图)[\s:：/]*/gu;

/** A personal name as bylines print it. */
const NAME = /^\p{Script=Han}{2,4}$/u;

/** The schema role of a role word, or undefined. */
function roleOf(word: string): Credit['role'] | undefined {
  return ROLES.find(([pattern]) => pattern.test(word))?.[1];
}

/**
 * `记者 王某 通讯员 李某`, `记者王某、张某`, `文/图 周某` as credits, one per role; null when the text
 * is not a plain list of roles and names.
 */
export function parseCredits(text: string): Credit[] | null {
  const clean = text.trim().replace(/^[（(]|[）)]$/gu, '');
  const marks = [...clean.matchAll(ROLE_WORD)];
  if (marks.length === 0 || marks[0]?.index !== 0) return null;
  const credits: Credit[] = [];
  for (const [at, mark] of marks.entries()) {
    const role = roleOf(mark[1] ?? '');
    const from = (mark.index ?? 0) + mark[0].length;
    const names = clean
      .slice(from, marks[at + 1]?.index ?? clean.length)
      .split(/[\s、，,\u3000]+/u)
      .filter(Boolean);
    if (!role || names.length === 0 || !names.every((name) => NAME.test(name))) return null;
    const same = credits.find((credit) => credit.role === role);
    if (same) same.names.push(...names.filter((name) => !same.names.includes(name)));
    else credits.push({ role, names });
  }
  return credits;
}

/** A credit line in words (图片由江津区委宣传部提供, 本版图片由记者王某摄), kept as printed. */
export function verbatimCredit(text: string): Credit {
  const role: Credit['role'] = /图文/u.test(text)
    ? '图文'
    : /摄|图片|照片/u.test(text)
      ? '摄影'
      : /通讯员/u.test(text)
        ? '通讯员'
        : /记者/u.test(text)
          ? '记者'
          : '文字';
  return { role, names: [], text: text.trim().replace(/^[（(](.*)[）)]$/u, '$1') };
}

/** Add `more` to `credits`, merging names under a role already listed. */
export function mergeCredits(credits: Credit[], more: readonly Credit[]): void {
  for (const credit of more) {
    const same = credit.text === undefined && credits.find((c) => c.role === credit.role && !c.text);
    if (same) same.names.push(...credit.names.filter((name) => !same.names.includes(name)));
    else if (!credits.some((c) => c.text !== undefined && c.text === credit.text))
      credits.push({ ...credit });
  }
}
