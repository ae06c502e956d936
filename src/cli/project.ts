/**
 * The project folders the editor tools write into, under a root that defaults to this repository and can
 * be pointed elsewhere (`--root`) so that tests run against a temporary copy. Also the last check before
 * writing: the draft's frontmatter must pass the same schema the build applies.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { mdxToJs } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { translateMdx } from '../lib/errors/syntax.ts';
import type { TopicEntry } from '../lib/import/slug.ts';
import { EditorError } from '../lib/import/messages.ts';
import { parseRegistry, REGISTRY } from '../lib/facts/registry.ts';
import type { Registry } from '../schema/metric.ts';
import { reportSchema } from '../schema/report.ts';
import { callerPath } from './args.ts';

/** This repository's root: the default target of the tools. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Where a project keeps its reports, raw sources and topic list. */
export interface Project {
  root: string;
  reports: string;
  sources: string;
  topics: TopicEntry[];
}

/** Open the project at `root` (the repository when not given); its topic list must be there. */
export function openProject(root?: string): Project {
  const base = root === undefined ? REPO_ROOT : callerPath(root);
  const topicsFile = join(base, 'content/data/topics.json');
  if (!existsSync(topicsFile)) {
    throw new EditorError(
      'root',
      `${base} 不是本项目的根目录：找不到 content/data/topics.json`,
      `${base} is not the project's root: content/data/topics.json is missing`,
    );
  }
  const project = {
    root: base,
    reports: join(base, 'content/reports'),
    sources: join(base, 'content/sources'),
    topics: JSON.parse(readFileSync(topicsFile, 'utf8')) as TopicEntry[],
  };
  mkdirSync(project.reports, { recursive: true });
  mkdirSync(project.sources, { recursive: true });
  return project;
}

/** A path inside the project as the editor reads it: relative to the root, with forward slashes. */
export function shownPath(project: Project, path: string): string {
  return relative(project.root, path).split(sep).join('/');
}

/** The report file of a slug. */
export function reportPath(project: Project, slug: string): string {
  return join(project.reports, `${slug}.mdx`);
}

/**
 * Check a draft's frontmatter against the report schema before it is written, so that a tool never
 * leaves a file that breaks the build. A failure here is a bug in the tool, reported with the schema's
 * own messages.
 */
export function checkDraft(mdx: string, display = 'draft'): void {
  checkMdx(mdx, display);
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  const result = reportSchema.safeParse(match ? parseYaml(match[1] ?? '') : undefined);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => issue.message).join('; ');
    throw new EditorError(
      'invalid',
      `生成的 frontmatter 未通过校验：${issues}`,
      `the generated frontmatter fails the schema: ${issues}`,
    );
  }
}

/** The project's metric registry file. */
export function registryPath(project: Project): string {
  return join(project.root, 'content/data/metrics.json');
}

/** The registry file's JSON, as written; a syntax error names the file and line in both languages. */
export function readRegistryJson(project: Project): unknown {
  const path = registryPath(project);
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /line (\d+) column (\d+)/.exec(message) ?? [];
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const line =
      at[1] ?? (Number.isNaN(position) ? undefined : String(text.slice(0, position).split('\n').length));
    const where = [shownPath(project, path), line, at[2]].filter(Boolean).join(':');
    throw new EditorError(
      'registry',
      `${where}: JSON 语法有误，请检查逗号、引号和括号`,
      `${where}: JSON syntax error (${message}); check commas, quotes and brackets`,
      { cause: error },
    );
  }
}

/** The project's metric registry (this repository's when the project has none), validated. */
export function loadRegistry(project: Project): Registry {
  if (!existsSync(registryPath(project))) return REGISTRY;
  const data = readRegistryJson(project);
  try {
    return parseRegistry(data);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new EditorError(
      'registry',
      `指标登记表未通过校验：${detail}`,
      `the metric registry fails its schema: ${detail}`,
      { cause: error },
    );
  }
}

/**
 * Compile an MDX text as the site does and, if it does not compile, throw the parser's error translated
 * (the build's own translation) as `file:line:column` in Chinese and English, with how to fix it.
 */
export function checkMdx(mdx: string, display: string): void {
  try {
    mdxToJs(mdx, { features: { gfm: true, frontmatter: true } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line, column] = /^(\d+):(\d+)/.exec(message) ?? [];
    const where = [display, line, column].filter(Boolean).join(':');
    const { zh, en, hintZh, hintEn } = translateMdx(message);
    throw new EditorError('mdx', `${where}: ${zh}；${hintZh}`, `${where}: ${en}; ${hintEn}`, {
      cause: error,
    });
  }
}
