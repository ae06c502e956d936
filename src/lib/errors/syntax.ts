/**
 * Build errors as editors should read them: MDX and YAML syntax errors, and errors thrown while a
 * report's page is drawn, become `file:line:column: 中文 / English` lines with a hint on how to fix
 * them, instead of Astro's English message and stack trace. Errors our own checks throw are bilingual
 * already and pass through as they are. The stack is the CLI's to print, and only when asked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** Where an error is: a file relative to the project, and the line and column when known (1-based). */
export interface Place {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** A translated syntax error: what is wrong and how to fix it, in both languages. */
interface Translation {
  zh: string;
  en: string;
  hintZh: string;
  hintEn: string;
}

/** `file:line:column: 中文 / English`, the line format of every editor-facing error. */
export function errorLine(place: Place, zh: string, en: string): string {
  const where = [place.file, place.line, place.line === undefined ? undefined : place.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${zh} / ${en}`;
}

/** The known MDX parser messages, each with what an editor most likely typed. */
const MDX_MESSAGES: { pattern: RegExp; translate: (match: RegExpExecArray) => Translation }[] = [
  {
    pattern: /Expected a closing tag for `<([^>`]*)>`/,
    translate: ([, tag]) => ({
      zh: `MDX 语法错误：<${tag}> 标签没有闭合`,
      en: `MDX syntax error: <${tag}> is never closed`,
      hintZh: `在同一段落内写上 </${tag}>，或把它写成自闭合的 <${tag} />`,
      hintEn: `close it with </${tag}> in the same paragraph, or write it as <${tag} />`,
    }),
  },
  {
    pattern: /Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>`/,
    translate: ([, closing, opening]) => ({
      zh: `MDX 语法错误：结束标签 </${closing}> 与开始标签 <${opening}> 不配对`,
      en: `MDX syntax error: closing tag </${closing}> does not match the open <${opening}>`,
      hintZh: `把 </${closing}> 改为 </${opening}>，或检查标签名的拼写`,
      hintEn: `change </${closing}> to </${opening}>, or check the tag's spelling`,
    }),
  },
  {
    pattern: /Unexpected closing tag `<\/([^>`]*)>`/,
    translate: ([, tag]) => ({
      zh: `MDX 语法错误：多余的结束标签 </${tag}>，前面没有对应的 <${tag}>`,
      en: `MDX syntax error: closing tag </${tag}> has no open <${tag}> before it`,
      hintZh: `删除它，或在前面补上 <${tag}>`,
      hintEn: `remove it, or add the missing <${tag}> before it`,
    }),
  },
  {
    pattern:
      /expected a corresponding closing brace for `\{`|Could not parse expression|Unexpected (end of file|character) in expression/,
    translate: () => ({
      zh: 'MDX 语法错误：正文中的花括号 { 被当作代码开头',
      en: 'MDX syntax error: a brace { in the text starts code',
      hintZh: '要显示花括号，请写成 \\{ 或全角的 ｛ ｝',
      hintEn: 'to show a brace, write \\{ or the full-width ｛ ｝',
    }),
  },
  {
    pattern: /Unexpected character .*(after `<`|before name)/,
    translate: () => ({
      zh: 'MDX 语法错误：正文中的 < 被当作标签开头',
      en: 'MDX syntax error: a < in the text starts a tag',
      hintZh: '表示“小于”时在 < 后加空格、写成 \\< 或用全角 ＜；链接请用 [文字](网址)',
      hintEn:
        'for "less than" put a space after <, write \\< or use the full-width ＜; for a link use [text](url)',
    }),
  },
];

/** js-yaml's commonest reasons, in Chinese: what an editor typed wrong in the frontmatter. */
const YAML_REASONS: [RegExp, string][] = [
  [/missed comma between flow collection entries/, '方括号 [ ] 内的条目之间缺少逗号，或方括号没有闭合'],
  [/bad indentation/, '缩进不对齐'],
  [/duplicated mapping key/, '同一个字段写了两次'],
  [/unexpected end of the stream within a (double|single) quoted scalar/, '引号没有闭合'],
  [
    /incomplete explicit mapping pair|can not read a block mapping entry|a multiline key may not/,
    '冒号用法有误（冒号后要有空格，含冒号的文字要加引号）',
  ],
  [/end of the stream or a document separator is expected/, '多出了无法识别的内容'],
];

/** The translation of an MDX parser message, or a generic one that keeps the original. */
export function translateMdx(message: string): Translation {
  const text = message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(mdx[\w-]*:[\w-]+\)\s*$/, '');
  for (const { pattern, translate } of MDX_MESSAGES) {
    const match = pattern.exec(text);
    if (match) return translate(match);
  }
  return {
    zh: `MDX 语法错误：${text}`,
    en: `MDX syntax error: ${text}`,
    hintZh: '检查这一行的 < > { } 是否成对；正文里要显示它们，请在前面加反斜杠 \\',
    hintEn: 'check that < > { } on this line are paired; to show them in the text, put a backslash \\ before',
  };
}

/** A path as editors see it: relative to the project root. */
function shortPath(file: string, root: string): string {
  return isAbsolute(file) ? relative(root, file) : file;
}

/** The fields of an error-like object we read, whatever threw it. */
interface ErrorLike {
  name?: string;
  message?: string;
  reason?: string;
  stack?: string;
  loc?: { file?: string; line?: number; column?: number };
  errors?: unknown[];
  cause?: unknown;
}

/** `  提示 hint: 中文 / English`. */
function hintLine(zh: string, en: string): string {
  return `  提示：${zh} / hint: ${en}`;
}

/** A render-time error: the report whose compiled chunk is on the stack, and the line that holds the name. */
function renderPlace(error: ErrorLike, root: string): Place | undefined {
  const reports = join(root, 'content/reports');
  for (const [, chunk] of (error.stack ?? '').matchAll(/chunks\/([\w-]+?)_[\w-]+\.mjs/g)) {
    const file = join(reports, `${chunk}.mdx`);
    if (!existsSync(file)) continue;
    const name =
      /^(\w+) is not defined/.exec(error.message ?? '')?.[1] ??
      /reading '([^']+)'/.exec(error.message ?? '')?.[1];
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = name ? lines.findIndex((text) => text.includes('{') && text.includes(name)) : -1;
    return { file: shortPath(file, root), line: index >= 0 ? index + 1 : undefined };
  }
  return undefined;
}

/** The lines of one error (not an aggregate). */
function oneError(error: ErrorLike, root: string): string[] {
  const message = error.message ?? String(error);
  const file = error.loc?.file ? shortPath(error.loc.file, root) : undefined;
  // Our own checks' messages are bilingual and name their place already.
  if (/[\u4e00-\u9fff]/.test(message)) return message.split('\n').filter(Boolean);
  if (error.name === 'MDXError' || /\(mdx[\w-]*:[\w-]+\)/.test(message)) {
    const [, line, column] = /^(\d+):(\d+)/.exec(message) ?? [];
    const place = {
      file: file ?? '(mdx)',
      line: error.loc?.line ?? Number(line),
      column: error.loc?.column ?? Number(column),
    };
    const t = translateMdx(message);
    return [errorLine(place, t.zh, t.en), hintLine(t.hintZh, t.hintEn)];
  }
  if (error.name === 'YAMLException' || error.name === 'YAMLParseError') {
    const reason = error.reason ?? message.split('\n')[0] ?? message;
    const place = { file: file ?? '(yaml)', line: error.loc?.line, column: (error.loc?.column ?? 0) + 1 };
    const zh = YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
    return [
      errorLine(place, `文件开头的字段（YAML）格式有误：${zh}`, `frontmatter (YAML) syntax error: ${reason}`),
      hintLine(
        '检查这一行及上一行：冒号后要有空格，[ ] 与引号要成对，含冒号或 # 的文字请加引号',
        'check this line and the one before: a space after each colon, paired [ ] and quotes, quote text holding : or #',
      ),
    ];
  }
  const place = renderPlace(error, root);
  if (place) {
    return [
      errorLine(place, `生成页面时出错：${message}`, `error while drawing the page: ${message}`),
      hintLine('检查这一行的 { } 和组件属性', 'check the { } and component props on this line'),
    ];
  }
  return [errorLine({ file: file ?? 'build' }, `构建失败：${message}`, `build failed: ${message}`)];
}

/**
 * The editor-facing lines of a build error: each underlying error translated, without stack traces.
 * `root` is the project folder, so that files are named relative to it.
 */
export function describeBuildError(error: unknown, root: string): string[] {
  const value = (error ?? {}) as ErrorLike;
  if (Array.isArray(value.errors) && value.errors.length) {
    return value.errors.flatMap((inner) => describeBuildError(inner, root));
  }
  // Build steps wrap what failed with `cause`; the innermost error says what it was.
  if (value.cause && !/[\u4e00-\u9fff]/.test(value.message ?? '')) {
    const step = value.message ?? '';
    return [
      errorLine({ file: 'build' }, `构建步骤失败：${step}`, `build step failed: ${step}`),
      ...describeBuildError(value.cause, root),
    ];
  }
  return oneError(value, root);
}
