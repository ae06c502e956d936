/**
 * The copy of an imported raw text in content/sources/, which the report's `source.file` names. The copy
 * is UTF-8 whatever the original's encoding, since the site and its tests read sources as UTF-8. A file
 * already there is used when it holds the same text and never overwritten when it does not: the copy
 * then takes the next free name (`name-2.txt`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Project } from './project.ts';

/** A file name the schema accepts for `source.file`. */
const SOURCE_NAME = /^[\w.-]+\.txt$/;

/** Where the copy goes and whether it still has to be written. */
export interface SourceCopy {
  file: string;
  path: string;
  /** False when content/sources/ already holds this very text under that name. */
  write: boolean;
}

/**
 * Choose the copy's name: the original's when the schema accepts it (ASCII, `.txt`), else `<slug>.txt`;
 * then the first of `name`, `name-2`, `name-3`… that is free or already holds `text`.
 */
export function planSourceCopy(project: Project, inputPath: string, slug: string, text: string): SourceCopy {
  const original = basename(inputPath);
  const preferred = SOURCE_NAME.test(original) ? original : `${slug}.txt`;
  const stem = preferred.replace(/\.txt$/, '');
  for (let n = 1; ; n++) {
    const file = n === 1 ? preferred : `${stem}-${n}.txt`;
    const path = join(project.sources, file);
    if (!existsSync(path)) return { file, path, write: true };
    if (readFileSync(path, 'utf8') === text) return { file, path, write: false };
  }
}
