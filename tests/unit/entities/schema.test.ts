import { describe, expect, it } from 'vitest';
import { parseEntityRegistry } from '../../../src/lib/entities/schema.ts';

const entity = (id: string, extra: object = {}) => ({ id, kind: '企业', name: id.toUpperCase(), ...extra });

describe('parseEntityRegistry', () => {
  it('accepts a valid registry and fills the defaults', () => {
    const registry = parseEntityRegistry({
      entities: [entity('a', { aliases: ['甲'] }), entity('b', { parent: 'a' })],
    });
    expect(registry.entities[1]?.aliases).toEqual([]);
    expect(registry.notEntities).toEqual([]);
  });

  it('names the file and field of each mistake, in Chinese and English', () => {
    const attempt = () =>
      parseEntityRegistry({
        entities: [
          entity('a', { aliases: ['重齿'] }),
          entity('b', { aliases: ['重齿'], parent: 'c' }),
          entity('Bad Id', { kind: '公司' }),
        ],
      });
    expect(attempt).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/data/entities.json: entities.id 应为小写字母、数字和连字符 (entities.id must be lower-case letters, digits and hyphens)
      content/data/entities.json: entities.kind 应为 企业、园区、平台、通道、项目 之一 (entities.kind must be one of 企业, 园区, 平台, 通道, 项目)]
    `);
  });

  it('refuses a name given to two entities and a parent that does not exist', () => {
    const attempt = () =>
      parseEntityRegistry({
        entities: [entity('a', { aliases: ['重齿'] }), entity('b', { aliases: ['重齿'], parent: 'c' })],
      });
    expect(attempt).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/data/entities.json: entities[1].aliases 名称“重齿”已属于 a，一个名称只能指一个对象 (the name 重齿 already belongs to a; a name may name one entity only)
      content/data/entities.json: entities[1].parent “c”不是登记表中的另一个对象 (c is not another entity of the registry)]
    `);
  });
});
