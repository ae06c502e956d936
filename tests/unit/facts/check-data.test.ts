/** `npm run check-data` as an editor runs it: silent success, listed disagreements, failing errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'src/cli/check-data.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('check-data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jj-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the reports as they are, listing where they disagree', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/5 篇报告，\d{3} 个数据点/);
    expect(result.stderr).toContain('industrial-output-target: 2025年的数值各处说法不一：2000');
  });

  it('fails on a broken fact, naming the file and line', () => {
    writeFileSync(
      join(dir, 'x.mdx'),
      '---\ntitle: x\n---\n\n新增<Fact metric="foo" period="2022">3家</Fact>。\n',
    );
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'x.mdx')}:5: metric “foo”不在指标登记表中`);
  });
});
