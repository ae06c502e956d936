import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/lib/entities/match.ts';
import { uncoveredEndings } from '../../../src/lib/entities/scan.ts';

const matcher = createMatcher([{ id: 'degan', kind: '园区', name: '德感工业园', aliases: [] }]);

describe('uncoveredEndings', () => {
  it('reports a company or park name the registry does not know', () => {
    const sentence = '位于德感工业园的广州双桥公司获评“小巨人”企业。';
    expect(uncoveredEndings(sentence, matcher.find(sentence), [])).toEqual([
      { ending: '公司', context: '位于德感工业园的广州双桥公司' },
    ]);
  });

  it('accepts a name-ending word inside a listed phrase that is not an entity', () => {
    const sentence = '加快建设先进制造业基地，德感工业园扩区。';
    expect(uncoveredEndings(sentence, matcher.find(sentence), ['先进制造业基地'])).toEqual([]);
  });
});
