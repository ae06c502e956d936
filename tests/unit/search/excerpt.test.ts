import { describe, expect, it } from 'vitest';
import { findPhrase, partialExcerpt, phraseExcerpt } from '../../../src/lib/search/excerpt.ts';

describe('findPhrase', () => {
  it('finds a phrase split by punctuation or a line break', () => {
    const text = '市级“专精\n特新”企业';
    const [span] = findPhrase(text, '专精特新');
    expect(span && text.slice(...span)).toBe('专精\n特新');
  });

  it('finds Latin and numbers whatever their case or width', () => {
    expect(findPhrase('超充XFC电池', 'xfc')).toEqual([[2, 5]]);
    expect(findPhrase('产值１７９７．４亿元', '1797.4')).toHaveLength(1);
  });

  it('finds every occurrence', () => {
    expect(findPhrase('江津江津', '江津')).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(findPhrase('江津', '“”')).toEqual([]);
  });
});

describe('phraseExcerpt', () => {
  it('marks the phrase with context on both sides', () => {
    expect(phraseExcerpt('甲乙丙丁戊己庚', '丙丁', 2)).toEqual([
      { text: '甲乙', mark: false },
      { text: '丙丁', mark: true },
      { text: '戊己…', mark: false },
    ]);
  });

  it('shows the break Pagefind writes between blocks as a middle dot, not a full stop', () => {
    const segments = phraseExcerpt('一体化高质量发展. 6月25日，重庆市专精特新名单', '专精特新', 20);
    expect(segments?.[0]?.text).toBe('一体化高质量发展 · 6月25日，重庆市');
  });

  it('is null when the page does not hold the phrase', () => {
    expect(phraseExcerpt('专业精细', '专精')).toBeNull();
  });
});

describe('partialExcerpt', () => {
  it('marks the first pair of the query’s characters the page holds', () => {
    expect(partialExcerpt('企业实现精特新发展', '专精特新')).toEqual([
      { text: '企业实现', mark: false },
      { text: '精特', mark: true },
      { text: '新发展', mark: false },
    ]);
  });

  it('falls back to the page’s opening when no pair is there', () => {
    expect(partialExcerpt('专业。精细', '专精', 2)).toEqual([{ text: '专业。精…', mark: false }]);
  });
});
