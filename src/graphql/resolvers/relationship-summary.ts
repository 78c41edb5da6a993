// Entity.relationshipSummary: each relationship type and direction with its count, batched for a whole list.
import DataLoader from 'dataloader';
import { cypher } from '../../db/cypher-files.js';
import { relationshipTypeNames } from '../../model/model.js';
import type { Context } from '../context.js';
import type { EntityObject } from '../records.js';

export interface RelationshipCount {
  type: string;
  direction: 'OUT' | 'IN';
  count: number;
}

// One loader per request context, kept beside it rather than in context.ts.
const loaders = new WeakMap<Context, DataLoader<string, RelationshipCount[]>>();

function loaderFor(ctx: Context) {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const r = await ctx.read(cypher('queries/relationship-summary'), { ids, types: relationshipTypeNames });
      const byId = new Map(r.records.map((rec) => [rec.get('id') as string, rec.get('summary') as RelationshipCount[]]));
      return ids.map((id) => byId.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** Sorted by type, then OUT before IN, so the answer reads the same every time. */
export async function relationshipSummary(parent: EntityObject, _: unknown, ctx: Context): Promise<RelationshipCount[]> {
  const counts = await loaderFor(ctx).load(parent.id);
  return [...counts].sort((a, b) => a.type.localeCompare(b.type) || b.direction.localeCompare(a.direction));
}
