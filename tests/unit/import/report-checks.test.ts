import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodingProblem, placeholderProblems, proposalLine } from '../../../src/lib/import/report-checks.ts';
import { scaffoldReport } from '../../../src/lib/import/scaffold.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');

describe('a report saved in another encoding', () => {
  it.each([
    ['report-saved-gbk.mdx', 'GBK/GB18030'],
    ['report-utf16le.txt', 'UTF-16'],
    ['report-utf16be.txt', 'UTF-16'],
  ])('%s gets one line: save as UTF-8', (name, encoding) => {
    expect(encodingProblem('content/reports/x.mdx', readFileSync(join(FIXTURES, name)))).toBe(
      `content/reports/x.mdx: encoding 文件不是 UTF-8 编码（像是 ${encoding}），请另存为 UTF-8 ` +
        `(the file is not UTF-8 (it looks like ${encoding}); save as UTF-8)`,
    );
  });

  it('passes UTF-8, with or without a byte-order mark', () => {
    expect(encodingProblem('x', readFileSync(join(FIXTURES, 'report-utf8.txt')))).toBeUndefined();
    expect(encodingProblem('x', readFileSync(join(FIXTURES, 'report-utf8-bom.txt')))).toBeUndefined();
  });
});

describe('placeholder text', () => {
  it('names each field and body line of a scaffold that still holds it', () => {
    const text = scaffoldReport({
      title: '标题',
      date: '2025-01-01',
      period: 2024,
      sourceFile: 'x.txt',
      sourceHasText: true,
    });
    const data = { title: '标题', summary: '待填写：用两三句话概括本报道。', credits: [{ text: '待填写' }] };
    const problems = placeholderProblems('content/reports/x.mdx', text, data);
    const bodyLine = text.split('\n').findIndex((line) => line.startsWith('{/* 待填写')) + 1;
    expect(problems).toEqual([
      'content/reports/x.mdx: summary 仍是占位文字“待填写…”，请填写后再发布 (still holds the placeholder text "待填写…"; fill it in before publishing)',
      'content/reports/x.mdx: credits.0.text 仍是占位文字“待填写…”，请填写后再发布 (still holds the placeholder text "待填写…"; fill it in before publishing)',
      `content/reports/x.mdx:${bodyLine}: 正文 body 仍含占位文字“待填写…”，请填写后再发布 (still holds the placeholder text "待填写…"; fill it in before publishing)`,
    ]);
  });

  it('ignores the guidance in YAML comments', () => {
    expect(
      placeholderProblems('x', '---\n# 待填写：署名\ntitle: 好\n---\n\n正文。\n', { title: '好' }),
    ).toEqual([]);
  });
});

it('names an open proposal with its file and line', () => {
  expect(
    proposalLine({
      file: 'content/reports/a.mdx',
      line: 12,
      metric: 'industrial-output',
      period: '2024',
      text: '1亿元',
    }),
  ).toMatch(
    /^content\/reports\/a\.mdx:12: 待确认的数字，不进入数据集.*<Fact metric="industrial-output" period="2024" proposed>1亿元<\/Fact>$/u,
  );
});
