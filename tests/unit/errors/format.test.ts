/** The one error formatter: zod issues become `file:line:col: field 中文 (English)` lines. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  FriendlyError,
  errorLine,
  fieldMessage,
  parseWithFriendlyErrors,
} from '../../../src/lib/errors/format.ts';
import { factPropsSchema } from '../../../src/lib/facts/fact-props.ts';

describe('the error formatter', () => {
  it('writes the place, then the field in Chinese and English', () => {
    expect(errorLine({ file: 'a.mdx', line: 3, column: 7 }, fieldMessage('period', '有误', 'is wrong'))).toBe(
      'a.mdx:3:7: period 有误 (is wrong)',
    );
    expect(errorLine({ file: 'a.mdx' }, 'x')).toBe('a.mdx: x');
  });

  it('turns every zod issue into a line, naming a missing field', () => {
    const schema = z.strictObject({
      title: z.string(),
      count: z.number({ error: fieldMessage('count', '应为数字', 'count must be a number') }),
    });
    let error: unknown;
    try {
      parseWithFriendlyErrors(schema, { count: 'x' }, { file: 'a.mdx', line: 2 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FriendlyError);
    expect((error as FriendlyError).lines).toEqual([
      'a.mdx:2: title 缺少此字段 (title is missing)',
      'a.mdx:2: count 应为数字 (count must be a number)',
    ]);
  });

  it('checks a fact’s props with their schema', () => {
    expect(() =>
      parseWithFriendlyErrors(
        factPropsSchema,
        { metric: 'a', period: '2023-Q5' },
        { file: 'x.mdx', line: 9 },
      ),
    ).toThrow('x.mdx:9: period “2023-Q5”应为年份、季度、月份、月份区间、日期或 as-of');
    expect(
      parseWithFriendlyErrors(
        factPropsSchema,
        { metric: 'a', period: 'as-of', estimate: true },
        { file: 'x.mdx' },
      ),
    ).toEqual({
      metric: 'a',
      period: 'as-of',
      estimate: true,
    });
  });
});
