/**
 * Writing a file so that a reader never sees half of it and an existing file is never clobbered by
 * accident: the content goes to a temporary file in the same folder, which is then hard-linked to the
 * target (link fails if the target exists: the check and the write are one step) or, when overwriting is
 * asked for, renamed over it (atomic on one filesystem).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EditorError } from '../lib/import/messages.ts';

/** How to write a file. */
export interface WriteOptions {
  /** Replace the file if it exists (the importer's --force). */
  overwrite?: boolean;
  /** The path as the editor should read it in a message (e.g. relative to the project root). */
  display: string;
  /** What to suggest when the file exists, in Chinese and English. */
  hint?: [string, string];
}

/** The error for a target that already exists. */
export function existsError(display: string, hint?: [string, string]): EditorError {
  return new EditorError(
    'exists',
    `${display} 已存在，不会覆盖${hint ? `；${hint[0]}` : ''}`,
    `${display} already exists; not overwriting${hint ? `; ${hint[1]}` : ''}`,
  );
}

/** Error codes of filesystems that cannot hard-link, where a no-clobber copy stands in. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV']);

/** Write `content` to `path` atomically; without `overwrite`, fail with EditorError `exists` if it is there. */
export function writeFileAtomic(path: string, content: string, options: WriteOptions): void {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (options.overwrite) {
      renameSync(temporary, path);
      return;
    }
    try {
      linkSync(temporary, path);
    } catch (error) {
      if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      copyFileSync(temporary, path, constants.COPYFILE_EXCL);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw existsError(options.display, options.hint);
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
