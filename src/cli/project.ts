/**
 * The project folders the editor tools write into, under a root that defaults to this repository and can
 * be pointed elsewhere (`--root`) so that tests run against a temporary copy. Also the last check before
 * writing: the draft's frontmatter must pass the same schema the build applies.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
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
export function checkDraft(mdx: string): void {
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

/** The project's metric registry (this repository's when the project has none), validated. */
export function loadRegistry(project: Project): Registry {
  const path = registryPath(project);
  if (!existsSync(path)) return REGISTRY;
  try {
    return parseRegistry(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new EditorError(
      'registry',
      `指标登记表 ${shownPath(project, path)} 无法读取：${detail}`,
      `cannot read the metric registry ${shownPath(project, path)}: ${detail}`,
      { cause: error },
    );
  }
}
