import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-file.ts';
import { EditorError } from '../../src/lib/import/messages.ts';

describe('writeFileAtomic', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'jiangjin-write-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a new file and leaves no temporary file behind', () => {
    writeFileAtomic(join(folder, 'a.mdx'), '正文\n', { display: 'a.mdx' });
    expect(readFileSync(join(folder, 'a.mdx'), 'utf8')).toBe('正文\n');
    expect(readdirSync(folder)).toEqual(['a.mdx']);
  });

  it('refuses to replace an existing file, even one created after any check (no clobbering)', () => {
    writeFileSync(join(folder, 'a.mdx'), '编辑的稿子\n');
    let thrown: unknown;
    try {
      writeFileAtomic(join(folder, 'a.mdx'), '草稿\n', { display: 'content/reports/a.mdx' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EditorError);
    expect((thrown as EditorError).message).toBe(
      'content/reports/a.mdx 已存在，不会覆盖 (content/reports/a.mdx already exists; not overwriting)',
    );
    expect(readFileSync(join(folder, 'a.mdx'), 'utf8')).toBe('编辑的稿子\n');
    expect(readdirSync(folder)).toEqual(['a.mdx']);
  });

  it('replaces the file when asked to', () => {
    writeFileSync(join(folder, 'a.mdx'), '旧稿\n');
    writeFileAtomic(join(folder, 'a.mdx'), '新稿\n', { display: 'a.mdx', overwrite: true });
    expect(readFileSync(join(folder, 'a.mdx'), 'utf8')).toBe('新稿\n');
    expect(readdirSync(folder)).toEqual(['a.mdx']);
  });
});
