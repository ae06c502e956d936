/**
 * What a production build refuses to publish, in one failing fixture build: a report that is no longer a
 * draft but still holds the scaffold's placeholder text, and a report saved as GBK. Each is named with
 * its file (and field or line) in Chinese and English; the GBK file gets one line, not a cascade.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, scaffoldReport } from '../cli/helpers.ts';
import { makeFixtureSite, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

let site: FixtureSite;
let build: BuildResult;
let scaffold: string;

beforeAll(async () => {
  site = makeFixtureSite();
  scaffold = scaffoldReport(site.root, '江津区工业经济月报', '2025-02-10');
  // The editor deletes the draft line and nothing else.
  const path = join(site.root, scaffold);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^draft: true\n/m, ''));
  copyFileSync(join(FIXTURES, 'report-saved-gbk.mdx'), join(site.root, 'content/reports/2024-saved-gbk.mdx'));
  build = await site.build();
}, 300_000);

afterAll(() => site?.remove());

describe('a production build', () => {
  it('fails', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).not.toContain('Complete!');
  });

  it('names the placeholder fields and lines of a report that is no longer a draft', () => {
    expect(build.output).toContain(
      `${scaffold}: summary 仍是占位文字“待填写…”，请填写后再发布 (still holds the placeholder text "待填写…"; fill it in before publishing)`,
    );
    expect(build.output).toMatch(
      new RegExp(`${scaffold.replace(/[.]/g, '\\.')}:\\d+: 正文 body 仍含占位文字“待填写…”`),
    );
  });

  it('asks for UTF-8 for a report saved as GBK, with no field errors for it', () => {
    expect(build.output).toContain(
      'content/reports/2024-saved-gbk.mdx: encoding 文件不是 UTF-8 编码（像是 GBK/GB18030），请另存为 UTF-8 (the file is not UTF-8 (it looks like GBK/GB18030); save as UTF-8)',
    );
    expect(build.output.match(/2024-saved-gbk\.mdx/g)).toHaveLength(1);
  });
});
