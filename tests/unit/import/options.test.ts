import { describe, expect, it } from 'vitest';
import { latestFullDate, mostNamedYear } from '../../../src/lib/import/dates.ts';
import { checkDate, checkPeriod, checkSlug, checkTitle } from '../../../src/lib/import/options.ts';
import { slugBase, uniqueSlug } from '../../../src/lib/import/slug.ts';
import topics from '../../../content/data/topics.json' with { type: 'json' };

describe('checkTitle', () => {
  it('trims the title', () => {
    expect(checkTitle('  江津工业回眸 ')).toBe('江津工业回眸');
  });

  it('rejects an empty title, a line break and an overlong title, naming the option', () => {
    expect(() => checkTitle('  ')).toThrowErrorMatchingInlineSnapshot(
      `[EditorError: --title 不能为空 (--title must not be empty)]`,
    );
    expect(() => checkTitle('上半句\n下半句')).toThrow(/--title 不能含换行/);
    expect(() => checkTitle('长'.repeat(81))).toThrow(/at most 80 characters \(it has 81\)/);
    expect(checkTitle('长'.repeat(80))).toHaveLength(80);
  });
});

describe('checkDate', () => {
  it('accepts a real calendar date', () => {
    expect(checkDate('2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2023-02-30', '2023-13-01', '23-1-1', '2023/06/25', ''])('rejects %j', (date) => {
    expect(() => checkDate(date)).toThrow(/不是有效日期.*YYYY-MM-DD/);
  });
});

describe('checkPeriod and checkSlug', () => {
  it('accepts a year the schema accepts, and nothing else', () => {
    expect(checkPeriod('2023')).toBe(2023);
    for (const bad of ['1989', '2101', '23', '2023.5', 'abcd'])
      expect(() => checkPeriod(bad)).toThrow(/--period/);
  });

  it('accepts lower-case ASCII words joined by hyphens, and nothing else', () => {
    expect(checkSlug('2023-work-review')).toBe('2023-work-review');
    for (const bad of ['2023_work', 'Work', '-a', 'a--b', 'a-', '江津', ''])
      expect(() => checkSlug(bad)).toThrow(/--slug/);
  });
});

describe('dates in the text', () => {
  it('finds the latest real full date', () => {
    expect(latestFullDate('2020年6月30日签约，2020年12月27日获评，2020年9月21日试飞')).toEqual({
      iso: '2020-12-27',
      text: '2020年12月27日',
    });
    expect(latestFullDate('2023年2月30日不存在，2023年1月5日存在')?.iso).toBe('2023-01-05');
    expect(latestFullDate('今年6月26日')).toBeNull();
  });

  it('finds the year named most, not counting targets after the latest year allowed', () => {
    expect(mostNamedYear('2022年产值，2022年企业，2021年突破')).toBe(2022);
    expect(mostNamedYear('到2035年，全面建成', 2025)).toBeNull();
    expect(mostNamedYear('没有年份')).toBeNull();
  });
});

describe('slugs', () => {
  it('derives a readable ASCII slug from the period and the title', () => {
    expect(slugBase('江津工业经济跑出“量质齐升”加速度', 2022, topics)).toBe('2022-industry-economy');
    expect(slugBase('抓招商育动能 促高质量发展', 2020, topics)).toBe('2020-investment-quality');
    expect(slugBase('聚焦XFC电池', 2023, topics)).toBe('2023-xfc');
    expect(slugBase('扬帆起航风正劲', 2023, topics)).toBe('2023-report');
  });

  it('uses a topic slug when the title names a topic', () => {
    expect(slugBase('专精特新企业再添74家', 2023, topics)).toBe('2023-specialised-smes');
  });

  it('adds -2, -3… until the slug is free', () => {
    const taken = new Set(['2023-report', '2023-report-2']);
    expect(uniqueSlug('2023-report', (slug) => taken.has(slug))).toBe('2023-report-3');
    expect(uniqueSlug('2024-report', (slug) => taken.has(slug))).toBe('2024-report');
  });
});
