/**
 * Atomic output: the site is built into a fresh folder beside `dist/`, and that folder replaces `dist/`
 * only once every step has succeeded. A failed build removes its own folder and leaves the previous
 * `dist/` exactly as it was, so a deploy step that runs after a failure publishes the old site, never an
 * empty or partial one.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fresh, empty folder beside `target` to build into (`.dist-next-<pid>-<time>`). */
export function makeStagingDir(target: string): string {
  const staging = join(dirname(target), `.${basename(target)}-next-${process.pid}-${Date.now()}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Puts `staging` in the place of `target`. Both renames stay on one file system, so each is atomic; if
 * the second fails the old site is put back, so `target` is never left missing.
 */
export function replaceDir(staging: string, target: string): void {
  const previous = `${staging}-previous`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  if (hadTarget) rmSync(previous, { recursive: true, force: true });
}

/** Removes a staging folder after a failed build. */
export function discardDir(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
