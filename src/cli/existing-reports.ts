/**
 * What the editor tools need to know about the reports already in a project: which one holds a raw text
 * (so that the same article is not imported twice), and a safe copy of a report before it is replaced.
 * A report whose frontmatter cannot be read is named with its file and line, in Chinese and English.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { EditorError } from '../lib/import/messages.ts';
import type { Project } from './project.ts';
import { shownPath } from './project.ts';

/** The fingerprint of a raw text: line endings, spaces at line ends and blank lines do not count. */
export function textHash(text: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n|\f/)
    .map((line) => line.trim())
    .filter(Boolean);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** The parsed frontmatter of a report file; a YAML syntax error becomes `file:line` in both languages. */
export function readFrontmatter(path: string, display: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return {};
  const doc = parseDocument(match[1] ?? '');
  const error = doc.errors[0];
  if (error) {
    // The frontmatter starts on the file's second line.
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    throw new EditorError(
      'yaml',
      `${display}:${line}: frontmatter 的 YAML 语法有误（${error.code}），请检查引号、冒号和缩进`,
      `${display}:${line}: YAML syntax error in the frontmatter (${error.code}); check quotes, colons and indentation`,
      { cause: error },
    );
  }
  const data: unknown = doc.toJS();
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The report that already holds `text` (same content hash as its source file), or undefined. */
export function reportHolding(
  project: Project,
  text: string,
  warn: (error: EditorError) => void,
): string | undefined {
  const wanted = textHash(text);
  for (const name of readdirSync(project.reports)
    .filter((file) => file.endsWith('.mdx'))
    .sort()) {
    const path = join(project.reports, name);
    let data: Record<string, unknown>;
    try {
      data = readFrontmatter(path, shownPath(project, path));
    } catch (error) {
      if (!(error instanceof EditorError)) throw error;
      warn(error);
      continue;
    }
    const file = (data.source as { file?: unknown } | undefined)?.file;
    if (typeof file !== 'string' || basename(file) !== file) continue;
    const source = join(project.sources, file);
    if (existsSync(source) && textHash(readFileSync(source, 'utf8')) === wanted) return path;
  }
  return undefined;
}

/** `20261121T205903Z`: a timestamp for a file name, in UTC. */
function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Copy a file about to be replaced to content/backups/<name>-<time><ext>.bak (outside content/reports/,
 * so that the build does not take a report's copy for a report) and return the copy's path.
 */
export function backupFile(project: Project, path: string, now = new Date()): string {
  const folder = join(project.root, 'content/backups');
  mkdirSync(folder, { recursive: true });
  const ext = extname(path);
  const base = `${basename(path, ext)}-${stamp(now)}`;
  let target = join(folder, `${base}${ext}.bak`);
  for (let n = 2; existsSync(target); n++) target = join(folder, `${base}-${n}${ext}.bak`);
  copyFileSync(path, target);
  return target;
}
