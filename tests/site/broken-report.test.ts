/**
 * A broken report fails the build with a message naming the file and the field, and a good build is
 * never reported for it: built in a throwaway copy of the site.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const REPORT = 'content/reports/2022-industrial-economy.mdx';
let site: FixtureSite | undefined;

afterEach(() => site?.remove());

/** Build a copy of the site after `change` edits its content folder. */
async function buildWith(change: (root: string) => void) {
  site = makeFixtureSite();
  change(site.root);
  return site.build();
}

/** Replace `from` with `to` in a file of the copy, failing loudly when `from` is not there. */
function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(path, changed);
}

describe('a build with a broken report', () => {
  it('fails on an impossible date, naming the file and the field', async () => {
    const result = await buildWith((root) => edit(root, REPORT, /^date: .*$/m, 'date: 2022-02-30'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `${REPORT}: date 应为 YYYY-MM-DD 格式的日期 (date must be a YYYY-MM-DD date)`,
    );
  });

  it('fails on a misspelt field and an unknown topic, listing both', async () => {
    const result = await buildWith((root) =>
      edit(root, REPORT, /^topics: \[/m, 'sumary: 拼错的字段\ntopics: [房地产, '),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `${REPORT}: sumary 不是可用的字段，请检查拼写 (unknown field sumary; check the spelling)`,
    );
    expect(result.output).toContain(`${REPORT}: topics “房地产”不在主题列表 content/data/topics.json 中`);
  });

  it('fails when two reports would share a URL', async () => {
    const result = await buildWith((root) =>
      copyFileSync(join(root, REPORT), join(root, 'content/reports/2022-Industrial-Economy.mdx')),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /content\/reports\/2022-(I|i)ndustrial-(E|e)conomy\.mdx: slug 与 .* 的网址重复（2022-industrial-economy）/,
    );
  });

  it('builds the unchanged copy, so the failures above come from the edits', async () => {
    const result = await buildWith(() => undefined);
    expect(result.output).toContain('Complete!');
    expect(result.code).toBe(0);
  });
});
