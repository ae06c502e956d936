/** `npm run check-data` as an editor runs it, on a folder of inline fixture reports. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'src/cli/check-data.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

/** A valid report file with `body`. */
const report = (date: string, body: string) =>
  `---\ntitle: 测试\ndate: ${date}\nperiod: ${date.slice(0, 4)}\nsource:\n  file: 999_fixture.txt\nsummary: 测试。\n---\n\n${body}\n`;

// Each run starts Node and loads the chart definitions: seconds on a busy machine.
describe('check-data', { timeout: 30_000 }, () => {
  const good = mkdtempSync(join(tmpdir(), 'jj-check-'));
  const bad = mkdtempSync(join(tmpdir(), 'jj-check-'));
  const loose = mkdtempSync(join(tmpdir(), 'jj-check-'));
  afterAll(() => [good, bad, loose].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  writeFileSync(
    join(good, 'a.mdx'),
    report(
      '2020-12-27',
      '预计到“十四五”末，产值有望突破<Fact metric="industrial-output-target" period="2025" estimate>2000亿元</Fact>。',
    ),
  );
  writeFileSync(
    join(good, 'b.mdx'),
    report(
      '2022-12-31',
      '力争2025年产值超过<Fact metric="industrial-output-target" period="2025">2500亿元</Fact>。',
    ),
  );
  writeFileSync(
    join(bad, 'x.mdx'),
    report('2022-12-31', '2022年，新增<Fact metric="foo" period="2022">3家</Fact>。'),
  );

  it('passes good reports and lists revisions, failing on them only with --strict', () => {
    const result = run(good);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 篇报告，2 个数据点；0 个错误，1 处说法不一或修订。');
    expect(result.stderr).toContain('industrial-output-target: 2025年的数值在后来的报道中修订');
    expect(run(good, '--strict').status).toBe(1);
  });

  it('lists a number neither marked nor reviewed, failing on it only with --strict', () => {
    writeFileSync(
      join(loose, 'z.mdx'),
      report(
        '2023-12-31',
        '2023年，新增<Fact metric="specialized-smes-new" period="2023">74家</Fact>市级“专精特新”企业，组织专题培训5场。',
      ),
    );
    // A draft's numbers wait: it is not published, so it is not reviewed either.
    writeFileSync(
      join(loose, 'y.mdx'),
      report('2023-12-31', '组织专题培训6场。').replace('summary:', 'draft: true\nsummary:'),
    );
    const result = run(loose);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${join(loose, 'z.mdx')}:10: “5场”未标记`);
    expect(result.stdout).toContain('1 处未标记也未说明原因的数字或过时的说明。');
    expect(run(loose, '--strict').status).toBe(1);
  });

  it('fails on a broken fact, naming the file, line and column', () => {
    const result = run(bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(bad, 'x.mdx')}:10:9: metric “foo”不在指标登记表中`);
  });

  it('leaves a draft’s figures out of the findings, as a build leaves them out of the dataset', () => {
    const drafted = mkdtempSync(join(tmpdir(), 'jj-check-'));
    onTestFinished(() => rmSync(drafted, { recursive: true, force: true }));
    for (const name of ['a.mdx', 'b.mdx']) cpSync(join(good, name), join(drafted, name));
    const draft = join(drafted, 'b.mdx');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('\n---\n\n', '\ndraft: true\n---\n\n'));
    const result = run(drafted);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 篇报告，2 个数据点；0 个错误，0 处说法不一或修订。');
  });
});
