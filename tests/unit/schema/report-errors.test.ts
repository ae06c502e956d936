/**
 * The messages an editor sees for each kind of bad frontmatter, pinned word for word: each names the
 * file and the field, in Chinese and then English.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rawDateProblems, reportProblems } from '../../../src/lib/errors/frontmatter.ts';
import { isRealIsoDate } from '../../../src/schema/report.ts';

const FILE = 'content/reports/x.mdx';

const GOOD = `title: 江津工业经济跑出“量质齐升”加速度
date: 2023-06-25
period: 2022
source:
  file: 000_f6317aad329d9d84.txt
summary: 2022年江津区规上工业总产值达1797.4亿元。
topics: [招商引资]`;

/** The problems of a report whose frontmatter is `yaml`, parsed as Astro's MDX loader would. */
function problems(yaml: string): string[] {
  const data = parse(yaml, { schema: 'yaml-1.1' }) as unknown;
  return reportProblems(FILE, `---\n${yaml}\n---\n\n正文。\n`, data);
}

/** GOOD with one line replaced or added. */
function withLine(key: string, line: string | null): string {
  const lines = GOOD.split('\n').filter((l) => !l.startsWith(`${key}:`));
  return [...lines, ...(line === null ? [] : [line])].join('\n');
}

describe('reportProblems', () => {
  it('accepts a valid report', () => {
    expect(problems(GOOD)).toEqual([]);
  });

  it('names an unknown key', () => {
    expect(problems(`${GOOD}\nauthor: 唐楸`)).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: author 不是可用的字段，请检查拼写 (unknown field author; check the spelling)",
      ]
    `);
  });

  it('rejects an empty title', () => {
    expect(problems(withLine('title', "title: ''"))).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: title 不能为空 (title must not be empty)",
      ]
    `);
  });

  it('names a missing title', () => {
    expect(problems(withLine('title', null))).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: title 缺少此字段 (title is missing)",
      ]
    `);
  });

  it('rejects a date that is not a real YYYY-MM-DD date', () => {
    const message = [
      'content/reports/x.mdx: date 应为 YYYY-MM-DD 格式的日期 (date must be a YYYY-MM-DD date)',
    ];
    // YAML alone would roll 2023-02-30 over to March 2nd without a word.
    expect(problems(withLine('date', 'date: 2023-02-30'))).toEqual(message);
    expect(problems(withLine('date', 'date: 2023-13-01'))).toEqual(message);
    expect(problems(withLine('date', 'date: 2023/06/25'))).toEqual(message);
    expect(problems(withLine('date', 'date: 去年六月'))).toEqual(message);
  });

  it('rejects a period that is not a plausible year', () => {
    expect(problems(withLine('period', 'period: 1800'))).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: period 应为 1990–2100 之间的年份 (period must be a year between 1990 and 2100)",
      ]
    `);
    expect(problems(withLine('period', 'period: 二〇二三'))).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: period 应为年份数字，如 2024 (period must be a year such as 2024)",
      ]
    `);
  });

  it('rejects a summary longer than 200 characters', () => {
    expect(problems(withLine('summary', `summary: ${'江津'.repeat(101)}`))).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: summary 不能超过 200 个字符 (summary must be at most 200 characters)",
      ]
    `);
  });

  it('rejects a topic not in the topic list', () => {
    expect(problems(withLine('topics', 'topics: [招商引资, 房地产]'))).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: topics “房地产”不在主题列表 content/data/topics.json 中 ("房地产" is not in the topic list content/data/topics.json)",
      ]
    `);
  });

  it('lists every problem of a file at once', () => {
    expect(problems(`${withLine('date', 'date: 2023-02-30')}\nslug: x`)).toHaveLength(2);
  });

  it('asks for the frontmatter block when there is none', () => {
    expect(reportProblems(FILE, '正文。', {})).toMatchInlineSnapshot(`
      [
        "content/reports/x.mdx: frontmatter 文件开头缺少 --- 包围的字段区 (the file must start with a --- frontmatter block)",
      ]
    `);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2023-02-29')).toBe(false);
    expect(isRealIsoDate('2023-6-25')).toBe(false);
  });

  it('reads quoted and unquoted raw dates', () => {
    expect(rawDateProblems("date: '2023-06-25'")).toEqual([]);
    expect(rawDateProblems('date: "2023-06-31"')).toHaveLength(1);
  });
});
