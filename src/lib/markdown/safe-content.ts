/**
 * Sätteri mdast plugin: reports may use Markdown and the site's MDX components, nothing that runs code
 * or styles the page. Text pasted from web pages carries `<script>`, `<iframe>`, `onerror=` and
 * `javascript:` links; published verbatim they would run in readers' browsers (and break under the
 * site's strict CSP). Each such construct fails the build with `file:line:column` and a message in
 * Chinese and English, all of a file's problems at once. The check reads the MDX syntax tree the
 * compiler builds anyway, so nothing is parsed twice.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'unist';
import { defineMdastPlugin, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';

/** One problem: what is wrong, in Chinese and in English. */
export interface Unsafe {
  zh: string;
  en: string;
}

/** HTML elements that run code, embed other pages or restyle the page. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'template',
  'noscript',
]);

/** Attributes that hold an address. */
const URL_ATTRIBUTES = /^(href|src|srcset|action|formaction|poster|data|xlink:href|background|cite)$/i;

/** Address schemes that run code or smuggle a document in: `javascript:`, `vbscript:`, `data:`. */
const UNSAFE_URL = /^\s*(javascript|vbscript|data)\s*:/i;

/** An attribute expression that is a plain value (number, string, boolean, null), not code. */
const LITERAL = /^\s*(-?\d+(\.\d+)?|"[^"\\]*"|'[^'\\]*'|true|false|null)\s*$/;

/** An expression that is only a comment (`{/* 待确认 *\/}`, as the importer writes). */
const COMMENT_ONLY = /^\s*(\/\*[\s\S]*?\*\/\s*)*$/;

/** The problem with an address, if any. */
export function urlProblem(url: string): Unsafe | undefined {
  const scheme = UNSAFE_URL.exec(url.replace(/[\u0000-\u001f]/g, ''))?.[1]?.toLowerCase();
  if (!scheme) return undefined;
  return {
    zh: `不允许 ${scheme}: 地址（可能执行代码），请改用 https:// 链接或删除`,
    en: `${scheme}: addresses are not allowed (they can run code); use an https:// link or remove it`,
  };
}

/** An element or component attribute, as the MDX tree holds it. */
interface Attribute {
  type: string;
  name?: string;
  value?: string | { value: string } | null;
}

/** The problems of one element's or component's attributes. */
export function attributeProblems(tag: string, attributes: readonly Attribute[]): Unsafe[] {
  const problems: Unsafe[] = [];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || !attribute.name) {
      problems.push({
        zh: `<${tag}> 不允许展开属性 {…}`,
        en: `<${tag}>: spread attributes {…} are not allowed`,
      });
      continue;
    }
    const name = attribute.name;
    const value = attribute.value;
    if (/^on/i.test(name)) {
      problems.push({
        zh: `<${tag}> 不允许事件属性 ${name}（会执行代码）`,
        en: `<${tag}>: event handler attribute ${name} is not allowed (it runs code)`,
      });
    } else if (name.toLowerCase() === 'style') {
      problems.push({
        zh: `<${tag}> 不允许 style 属性（样式由网站统一设定）`,
        en: `<${tag}>: the style attribute is not allowed (the site sets all styles)`,
      });
    } else if (typeof value === 'object' && value !== null && !LITERAL.test(value.value)) {
      problems.push({
        zh: `<${tag}> 的 ${name} 只能写数字或带引号的文字，不能写代码 {${value.value.trim()}}`,
        en: `<${tag}>: ${name} may hold a number or quoted text, not code {${value.value.trim()}}`,
      });
    } else if (typeof value === 'string' && URL_ATTRIBUTES.test(name)) {
      const problem = urlProblem(value);
      if (problem)
        problems.push({ zh: `<${tag}> 的 ${name}：${problem.zh}`, en: `<${tag}> ${name}: ${problem.en}` });
    }
  }
  return problems;
}

/** The problems of one node of the MDX tree (its children are visited on their own). */
export function nodeProblems(node: Node & Record<string, unknown>): Unsafe[] {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = typeof node.name === 'string' ? node.name : '';
      const tag = name || '>…</';
      const own: Unsafe[] = FORBIDDEN_ELEMENTS.has(name.toLowerCase())
        ? [
            {
              zh: `不允许 <${name}> 标签（会执行代码、嵌入他站或改变样式），请删除`,
              en: `<${name}> is not allowed (it runs code, embeds another site or restyles the page); remove it`,
            },
          ]
        : [];
      return [...own, ...attributeProblems(tag, (node.attributes as Attribute[] | undefined) ?? [])];
    }
    case 'html':
      return [{ zh: '不允许原始 HTML，请改用 Markdown', en: 'raw HTML is not allowed; use Markdown' }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return COMMENT_ONLY.test(String(node.value))
        ? []
        : [
            {
              zh: `正文中的 {${String(node.value).trim()}} 会被当作代码执行；要显示花括号，请写 \\{ 或全角 ｛`,
              en: `{${String(node.value).trim()}} in the text runs as code; to show a brace write \\{ or the full-width ｛`,
            },
          ];
    case 'mdxjsEsm':
      return [
        {
          zh: '报道中不允许 import/export 语句（可用的组件已自动提供）',
          en: 'import/export statements are not allowed in a report (the components are provided)',
        },
      ];
    case 'link':
    case 'image':
    case 'definition':
      return [urlProblem(String(node.url ?? ''))].filter((problem) => problem !== undefined);
    default:
      return [];
  }
}

/** The error thrown for a report with unsafe content: one line per problem. */
export class UnsafeContentError extends Error {
  override name = 'UnsafeContentError';
}

/** `file:line:column: 中文 / English`, the editors' error line. */
function line(file: string, node: Node, problem: Unsafe): string {
  const start = node.position?.start;
  return `${[file, start?.line, start?.column].filter((part) => part !== undefined).join(':')}: ${problem.zh} / ${problem.en}`;
}

const VISITED = [
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'link',
  'image',
  'definition',
] as const;

/** The plugin for one document; its problems are thrown together after the whole tree is visited. */
function forDocument(context: PluginFactoryContext): MdastPluginDefinition {
  const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : '(mdx)';
  const found: string[] = [];
  const visit = (node: Readonly<Node>) => {
    for (const problem of nodeProblems(node as Node & Record<string, unknown>))
      found.push(line(file, node, problem));
  };
  return defineMdastPlugin({
    name: 'safe-content',
    options: { position: true },
    ...Object.fromEntries(VISITED.map((type) => [type, visit])),
    after() {
      if (found.length) throw new UnsafeContentError(found.join('\n'));
    },
  });
}

/** The plugin, for `satteri({ mdastPlugins })` in astro.config.mjs: one instance per document. */
export const safeContent = (context: PluginFactoryContext): MdastPluginDefinition => forDocument(context);
