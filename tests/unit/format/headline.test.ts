import { describe, expect, it } from 'vitest';
import { headlineChunks } from '../../../src/lib/text/headline.ts';
import { PROTECTED_NAMES } from '../../../src/lib/text/names.ts';

describe('where a headline may break', () => {
  it('breaks only between words of two or more characters', () => {
    const chunks = headlineChunks('江津唯实争先融入成渝中部地区一体化高质量发展', PROTECTED_NAMES);
    expect(chunks.join('')).toBe('江津唯实争先融入成渝中部地区一体化高质量发展');
    // The fault readers saw: 融入成渝中 / 部地区.
    expect(chunks.every((chunk) => !chunk.endsWith('中') && !chunk.startsWith('部'))).toBe(true);
    expect(chunks.length).toBeGreaterThan(2);
  });

  it('never splits a name, even one segmentation cuts into characters', () => {
    const names = ['成渝', '西部陆海新通道', '巨湾技研'];
    for (const [text, name] of [
      ['融入成渝双城经济圈', '成渝'],
      ['加快建设西部陆海新通道物流枢纽', '西部陆海新通道'],
      ['巨湾技研项目开工', '巨湾技研'],
    ] as const) {
      expect(
        headlineChunks(text, names).some((chunk) => chunk.includes(name)),
        text,
      ).toBe(true);
    }
  });

  it('protects the topic names by default', () => {
    expect(PROTECTED_NAMES).toContain('专精特新');
    expect(headlineChunks('培育专精特新企业', PROTECTED_NAMES).some((c) => c.includes('专精特新'))).toBe(
      true,
    );
  });

  it('gives a long run more break points, but never between two one-character words', () => {
    const chunks = headlineChunks('巨湾技研XFC极速电池项目开工', PROTECTED_NAMES);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((chunk) => !chunk.endsWith('极') && !chunk.startsWith('速'))).toBe(true);
    expect(headlineChunks('区经济信息委2023年工作回眸', PROTECTED_NAMES)).toContain('回眸');
  });
});
