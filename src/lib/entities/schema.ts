/**
 * The registry of companies, parks, platforms, corridors and projects (content/data/entities.json):
 * each with its official name and the other names the reports use for it. Rules an editor can break
 * carry a message naming the field, in Chinese and English.
 */
import { z } from 'astro/zod';
import { fieldMessage } from '../../schema/messages.ts';

/** The kinds of entity, in the order /entities/ lists them. */
export const ENTITY_KINDS = ['企业', '园区', '平台', '通道', '项目'] as const;

/** One kind of entity. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One company, park, platform, corridor or project. */
export const entitySchema = z.strictObject({
  /** ASCII id, used in the page's address: /entities/<id>/. */
  id: z.string().regex(ID, {
    error: fieldMessage(
      'entities.id',
      '应为小写字母、数字和连字符',
      'entities.id must be lower-case letters, digits and hyphens',
    ),
  }),
  /** 企业, 园区, 平台, 通道 or 项目. */
  kind: z.enum(ENTITY_KINDS, {
    error: fieldMessage(
      'entities.kind',
      `应为 ${ENTITY_KINDS.join('、')} 之一`,
      `entities.kind must be one of ${ENTITY_KINDS.join(', ')}`,
    ),
  }),
  /** The official or fullest name, as the page's title. */
  name: z
    .string()
    .trim()
    .min(1, {
      error: fieldMessage('entities.name', '不能为空', 'entities.name must not be empty'),
    }),
  /** Other names exactly as the reports spell them: short forms, old names, the texts' own typos. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** The entity this one belongs to (a project's company, a park within a park). */
  parent: z.string().optional(),
  /** One line for readers: what the entity is, or why two spellings are one entity. */
  note: z.string().trim().min(1).optional(),
});

/** One entity of the registry. */
export type Entity = z.infer<typeof entitySchema>;

/** Every name of an entity: its official name, then its aliases. */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases];
}

/** The whole registry file. */
export const entityRegistrySchema = z
  .strictObject({
    /** The entities, in any order. */
    entities: z.array(entitySchema),
    /**
     * Phrases the company-name scan finds that are not entities (generic words such as 园区 or
     * 大通道, government bodies, plans); the registry test requires each scan hit to be an entity or here.
     */
    notEntities: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((registry, ctx) => {
    const ids = new Set<string>();
    const owners = new Map<string, string>();
    registry.entities.forEach((entity, index) => {
      if (ids.has(entity.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', index, 'id'],
          message: fieldMessage(`entities[${index}].id`, `“${entity.id}”重复`, `duplicate id ${entity.id}`),
        });
      }
      ids.add(entity.id);
      for (const name of namesOf(entity)) {
        const owner = owners.get(name);
        if (owner !== undefined && owner !== entity.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['entities', index, 'aliases'],
            message: fieldMessage(
              `entities[${index}].aliases`,
              `名称“${name}”已属于 ${owner}，一个名称只能指一个对象`,
              `the name ${name} already belongs to ${owner}; a name may name one entity only`,
            ),
          });
        }
        owners.set(name, entity.id);
      }
    });
    registry.entities.forEach((entity, index) => {
      if (entity.parent !== undefined && (!ids.has(entity.parent) || entity.parent === entity.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', index, 'parent'],
          message: fieldMessage(
            `entities[${index}].parent`,
            `“${entity.parent}”不是登记表中的另一个对象`,
            `${entity.parent} is not another entity of the registry`,
          ),
        });
      }
    });
  });

/** The parsed registry. */
export type EntityRegistry = z.infer<typeof entityRegistrySchema>;

/** Parse a registry, throwing one line per problem, each naming the file and the field. */
export function parseEntityRegistry(data: unknown, file = 'content/data/entities.json'): EntityRegistry {
  const result = entityRegistrySchema.safeParse(data);
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => `${file}: ${issue.message}`).join('\n'));
  }
  return result.data;
}
