import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, isSearchable, normaliseQuery, phraseKey } from '../../../src/lib/search/query.ts';
import { toSimplified } from '../../../src/lib/search/simplified.ts';

describe('normaliseQuery', () => {
  it('writes traditional characters as simplified ones', () => {
    expect(normaliseQuery('專精特新', toSimplified)).toBe('专精特新');
    expect(normaliseQuery('畝均論英雄', toSimplified)).toBe('亩均论英雄');
    expect(normaliseQuery('西部陸海新通道', toSimplified)).toBe('西部陆海新通道');
  });

  it('turns full-width letters and digits into ASCII and trims', () => {
    expect(normaliseQuery('  ＸＦＣ　', toSimplified)).toBe('XFC');
    expect(normaliseQuery('１７９７．４')).toBe('1797.4');
  });

  it('drops the quotes a reader types, since phrase search adds its own', () => {
    expect(normaliseQuery('"专精特新"')).toBe('专精特新');
    expect(normaliseQuery('“巨湾技研”')).toBe('巨湾技研');
  });

  it('caps a 10,000-character query without splitting a character', () => {
    const query = normaliseQuery('😀江'.repeat(5000));
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.isWellFormed()).toBe(true);
  });
});

describe('isSearchable', () => {
  it('accepts words and numbers', () => {
    expect(isSearchable('专精特新')).toBe(true);
    expect(isSearchable('33618')).toBe(true);
  });

  it('refuses punctuation, symbols and emoji alone', () => {
    expect(isSearchable('，。！？“”')).toBe(false);
    expect(isSearchable('😀🏭')).toBe(false);
    expect(isSearchable('')).toBe(false);
  });
});

describe('phraseKey', () => {
  it('ignores whitespace, punctuation and case', () => {
    expect(phraseKey('“专精 特新”')).toBe('专精特新');
    expect(phraseKey('xfc')).toBe(phraseKey('XFC'));
  });
});
