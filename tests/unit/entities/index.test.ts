import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/facts/observations.ts';
import { buildEntityIndex, byKind, relatedReports } from '../../../src/lib/entities/index.ts';
import type { Entity } from '../../../src/lib/entities/schema.ts';

const entities: Entity[] = [
  { id: 'bay', kind: '企业', name: '广州巨湾技研有限公司', aliases: ['巨湾技研'] },
  { id: 'bay-base', kind: '项目', name: '巨湾技研XFC极速充电电池重庆基地项目', aliases: [], parent: 'bay' },
  { id: 'gear', kind: '企业', name: '重齿', aliases: [] },
];
const old = { id: 'old', title: '旧报道', date: new Date('2022-12-31') };
const recent = { id: 'recent', title: '新报道', date: new Date('2023-06-26') };
const reports = [
  {
    report: recent,
    mentions: [
      {
        id: 's-1',
        text: '签约巨湾技研XFC极速充电电池重庆基地项目。',
        mentions: [{ entity: 'bay-base', name: '巨湾技研XFC极速充电电池重庆基地项目' }],
      },
      { id: 's-2', text: '巨湾技研投资72亿元。', mentions: [{ entity: 'bay', name: '巨湾技研' }] },
    ],
  },
  {
    report: old,
    mentions: [{ id: 's-9', text: '重齿获评。', mentions: [{ entity: 'gear', name: '重齿' }] }],
  },
];
const figure = { slug: 'recent', quote: '巨湾技研投资72亿元。', metric: 'investment' } as Observation;

describe('buildEntityIndex', () => {
  const index = buildEntityIndex(entities, reports, [figure]);

  it('gives a company the sentences naming its projects as well as its own', () => {
    const bay = index.find((record) => record.entity.id === 'bay');
    expect(bay?.mentions.map((mention) => mention.anchor)).toEqual(['s-1', 's-2']);
    expect(bay?.children.map((child) => child.id)).toEqual(['bay-base']);
    expect(bay?.reports).toEqual([recent]);
  });

  it('lists the figures stated in the sentences naming the entity', () => {
    expect(index.find((record) => record.entity.id === 'bay')?.figures).toEqual([figure]);
    expect(index.find((record) => record.entity.id === 'bay-base')?.figures).toEqual([]);
  });

  it('groups entities by kind, most-mentioned first', () => {
    expect(
      byKind(index).map((group) => [group.kind, group.records.map((record) => record.entity.id)]),
    ).toEqual([
      ['企业', ['bay', 'gear']],
      ['园区', []],
      ['平台', []],
      ['通道', []],
      ['项目', ['bay-base']],
    ]);
  });
});

describe('relatedReports', () => {
  const report = (id: string, topics: string[], named: string[]) => ({
    id,
    topics,
    entities: new Set(named),
  });
  const here = report('here', ['招商引资', '开放通道'], ['bay', 'gear']);

  it('ranks shared entities above shared topics and leaves out reports sharing nothing', () => {
    const related = relatedReports(here, [
      here,
      report('topic', ['招商引资', '开放通道'], []),
      report('entity', [], ['bay', 'gear']),
      report('none', ['城市建设'], ['other']),
    ]);
    expect(related.map((item) => [item.report.id, item.entities, item.topics])).toEqual([
      ['entity', ['bay', 'gear'], []],
      ['topic', [], ['招商引资', '开放通道']],
    ]);
  });
});
