/** The site's entity registry, validated once when first imported. */
import raw from '../../../content/data/entities.json' with { type: 'json' };
import { parseEntityRegistry, type Entity, type EntityRegistry } from './schema.ts';

/** The registry of content/data/entities.json. */
export const ENTITY_REGISTRY: EntityRegistry = parseEntityRegistry(raw);

/** Entities by id. */
export const ENTITIES: ReadonlyMap<string, Entity> = new Map(
  ENTITY_REGISTRY.entities.map((entity) => [entity.id, entity]),
);
