import { describe, expect, it } from 'vitest';
import { createMatcher, foldWidth, mentionsIn } from '../../../src/lib/entities/match.ts';
import type { Entity } from '../../../src/lib/entities/schema.ts';

const entities: Entity[] = [
  { id: 'gearbox', kind: '企业', name: '重庆齿轮箱有限责任公司', aliases: ['重庆齿轮箱', '重齿'] },
  { id: 'science-city', kind: '园区', name: '科学城江津片区', aliases: ['江津片区', '双福工业园'] },
  { id: 'hub-port', kind: '园区', name: '重庆枢纽港产业园（江津片区）', aliases: ['重庆枢纽港产业园'] },
  { id: 'xfc', kind: '企业', name: 'XFC电池', aliases: [] },
];
const matcher = createMatcher(entities);

describe('createMatcher', () => {
  it('finds short forms and the full name, each as written', () => {
    expect(matcher.find('重齿获评国家绿色供应链，重庆齿轮箱有限责任公司工人正在作业。')).toEqual([
      { entity: 'gearbox', name: '重齿', start: 0 },
      { entity: 'gearbox', name: '重庆齿轮箱有限责任公司', start: 12 },
    ]);
  });

  it('takes the leftmost, then the longest name where names overlap', () => {
    const found = matcher.find('打造重庆枢纽港产业园（江津片区）为增长极，江津片区依托科学城。');
    expect(found.map((mention) => [mention.entity, mention.name])).toEqual([
      ['hub-port', '重庆枢纽港产业园（江津片区）'],
      ['science-city', '江津片区'],
    ]);
  });

  it('matches half-width brackets and Latin letters in either width or case', () => {
    expect(matcher.find('重庆枢纽港产业园(江津片区)')[0]?.entity).toBe('hub-port');
    expect(matcher.find('ＸＦＣ电池与xfc电池')).toHaveLength(2);
    expect(foldWidth('（Ａ）')).toBe('(a)');
  });

  it('finds nothing in a sentence naming no entity', () => {
    expect(matcher.find('工业是江津的立区之本。')).toEqual([]);
  });
});

describe('mentionsIn', () => {
  it('keeps only the sentences that name an entity, with their anchors', () => {
    const found = mentionsIn(
      [
        { id: 's-1', text: '工业是江津的立区之本。' },
        { id: 's-2', text: '双福工业园引进项目。' },
      ],
      matcher,
    );
    expect(found).toEqual([
      {
        id: 's-2',
        text: '双福工业园引进项目。',
        mentions: [{ entity: 'science-city', name: '双福工业园', start: 0 }],
      },
    ]);
  });
});
