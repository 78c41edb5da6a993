// Which node properties search reads, derived from the model: names and aliases, the description, and every
// text property of the kind (roles, statements, targets, fates…). The loader stores their folded forms.
import { nodeKinds, type NodeLabel } from '../model/model.js';
import { fold } from './fold.js';

/** Text properties of a kind other than the description, in model order. */
export function bodyFields(label: NodeLabel): string[] {
  const props = nodeKinds[label].properties as Record<string, { type: string }>;
  return Object.entries(props)
    .filter(([, spec]) => spec.type === 'text')
    .map(([key]) => key);
}

/** How much a word found in a field counts: names most, then roles and statements, then the rest. */
export function fieldWeight(field: string): number {
  if (field === 'name' || field === 'alias') return 3;
  if (field === 'role' || field === 'statement') return 2;
  return 1;
}

/** The folded properties the full-text index `Entity_text` covers. */
export function searchTextProps(label: NodeLabel, rec: Record<string, unknown>): { searchNames: string[]; searchBody: string } {
  const names = [rec.name as string, ...((rec.aliases as string[]) ?? [])].map(fold).filter(Boolean);
  const body = ['description', ...bodyFields(label)]
    .map((k) => rec[k])
    .filter((v): v is string => typeof v === 'string')
    .map(fold);
  return { searchNames: [...new Set(names)], searchBody: body.join(' | ') };
}
