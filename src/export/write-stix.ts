// A STIX 2.1 bundle from an ExportGraph, by the mapping in src/model/stix.ts. Objects are built as data
// (never string-joined JSON) with UUIDv5 ids from the project ids, so re-exports diff cleanly. Every project
// field STIX has no property for travels in one declared property extension (its JSON Schema: generated).
import { v5 as uuidv5 } from 'uuid';
import { CASUALTY_REPORT } from '../model/model.js';
import {
  countryCodes,
  defaultRegion,
  regionCodes,
  STIX_TIMESTAMP,
  stixConfidence,
  stixKinds,
  stixOpinion,
  stixRelationships,
  threatActorGroupTypes,
} from '../model/stix.js';
import { isDate, type ExportGraph, type ExportNode, type Props, type Value } from './graph.js';

/** The project's UUIDv5 namespace (itself UUIDv5 of the project's name in the URL namespace). */
export const NAMESPACE = uuidv5('urn:khorasan-graph', uuidv5.URL);
/** STIX's own namespace for observable ids (STIX 2.1 §2.9). */
const SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
export const EXTENSION_ID = `extension-definition--${uuidv5('extension/khorasan-graph', NAMESPACE)}`;
export const CREATOR_ID = `identity--${uuidv5('identity/khorasan-graph-project', NAMESPACE)}`;

type Obj = Record<string, unknown>;
// Extension property names need three characters at least: from/to (dates as the text gives them) get a suffix.
const snake = (k: string) => (k.length < 3 && k !== 'id' ? `${k}_text` : k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
const plain = (v: Value): unknown => (isDate(v) ? v.toString() : Array.isArray(v) ? v.map(plain) : v);
const timestamp = (d: Value | undefined, addDays = 0) => {
  if (!isDate(d)) return undefined;
  const t = new Date(`${d.toString()}T00:00:00.000Z`);
  t.setUTCDate(t.getUTCDate() + addDays);
  return t.toISOString();
};

/** Project properties STIX has no place for, in the extension (snake_case names). */
function extension(kind: string, id: string, props: Props, skip: string[] = []): Obj {
  const out: Obj = { extension_type: 'property-extension', khorasan_id: id, kind };
  for (const [k, v] of Object.entries(props)) {
    // STIX allows no empty list; an absent property says the same.
    if (Array.isArray(v) && v.length === 0) continue;
    if (!['id', 'name', 'description', 'quotes', 'sourceIds', ...skip].includes(k)) out[snake(k)] = plain(v);
  }
  return { [EXTENSION_ID]: out };
}

export function stixBundle(graph: ExportGraph): Obj {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = graph.relationships.reduce((m, r) => m.set(r.start, [...(m.get(r.start) ?? []), r]), new Map<string, typeof graph.relationships>());
  const into = graph.relationships.reduce((m, r) => m.set(r.end, [...(m.get(r.end) ?? []), r]), new Map<string, typeof graph.relationships>());

  const isThreatActor = (n: ExportNode): boolean => {
    if (n.label === 'Group') return (threatActorGroupTypes as readonly string[]).includes(String(n.props.groupType));
    if (n.label !== 'Person') return false;
    return (out.get(n.id) ?? []).some(
      (r) =>
        ['PERPETRATED', 'LED_ATTACK', 'PLANNED'].includes(r.type) ||
        (['LED', 'MEMBER_OF', 'FORMER_MEMBER_OF'].includes(r.type) && byId.get(r.end) !== undefined && isThreatActor(byId.get(r.end)!)),
    );
  };
  const stixType = (n: ExportNode): string => {
    if (n.label === 'Person' || n.label === 'Group') return isThreatActor(n) ? 'threat-actor' : 'identity';
    if (n.label === 'Publication' && !isDate(n.props.dateStart)) return 'note';
    return stixKinds[n.label as keyof typeof stixKinds].type;
  };
  const fileId = (n: ExportNode) => `file--${uuidv5(JSON.stringify({ hashes: { 'SHA-256': n.props.sha256 }, name: n.props.file }), SCO_NAMESPACE)}`;
  const stixId = (n: ExportNode) => (n.label === 'Source' ? fileId(n) : `${stixType(n)}--${uuidv5(n.id, NAMESPACE)}`);
  const ref = (id: string) => (byId.has(id) ? stixId(byId.get(id)!) : undefined);

  const evidence = (props: Props) => {
    const ids = (props.sourceIds ?? []) as string[];
    const quotes = (props.quotes ?? []) as string[];
    return ids.map((sid, i) => {
      const s = byId.get(sid);
      return { source_name: String(s?.props.name ?? sid), external_id: sid, description: quotes[i], ...(s?.props.url ? { url: s.props.url } : {}) };
    });
  };
  const common = (n: ExportNode, type: string): Obj => ({
    type,
    spec_version: '2.1',
    id: stixId(n),
    created_by_ref: CREATOR_ID,
    created: STIX_TIMESTAMP,
    modified: STIX_TIMESTAMP,
  });
  const sourceRefs = (props: Props) => [...new Set(((props.sourceIds ?? []) as string[]).map(ref).filter((x): x is string => !!x))];
  const aboutRefs = (n: ExportNode) =>
    (out.get(n.id) ?? [])
      .filter((r) => r.type === 'ABOUT')
      .map((r) => ref(r.end))
      .filter((x): x is string => !!x);
  const makers = (n: ExportNode, type: string) =>
    (into.get(n.id) ?? []).filter((r) => r.type === type).map((r) => String(byId.get(r.start)?.props.name ?? r.start));

  const countryOf = (n: ExportNode, seen = new Set<string>()): Obj => {
    if (countryCodes[n.id]) return { country: countryCodes[n.id] };
    if (regionCodes[n.id]) return { region: regionCodes[n.id] };
    seen.add(n.id);
    for (const r of out.get(n.id) ?? []) {
      const up = byId.get(r.end);
      if (r.type === 'PART_OF' && up?.label === 'Place' && !seen.has(up.id)) {
        const found = countryOf(up, seen);
        if (!('region' in found && found.region === defaultRegion)) return found;
      }
    }
    return { region: defaultRegion };
  };

  const objects: Obj[] = [
    {
      type: 'identity',
      spec_version: '2.1',
      id: CREATOR_ID,
      created: STIX_TIMESTAMP,
      modified: STIX_TIMESTAMP,
      name: 'Khorasan graph project',
      identity_class: 'organization',
      description: 'The project that curated this graph from open sources; every object cites its sources in external_references.',
    },
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: EXTENSION_ID,
      created_by_ref: CREATOR_ID,
      created: STIX_TIMESTAMP,
      modified: STIX_TIMESTAMP,
      name: 'Khorasan graph properties',
      description:
        'The project id and kind of every object, the project relationship name of every related-to, dates with their precision, and every casualty figure with its qualifier and quote.',
      schema: 'docs/stix/khorasan-extension.schema.json in the Khorasan graph project (JSON Schema, draft 2020-12)',
      version: '1.0.0',
      extension_types: ['property-extension'],
    },
  ];

  for (const n of graph.nodes) {
    if (n.label === CASUALTY_REPORT.label) continue; // carried inside its attack's incident
    const type = stixType(n);
    const base = common(n, type);
    const text = { ...(n.props.description ? { description: n.props.description } : {}) };
    const refs = () => [...new Set([...aboutRefs(n), ...sourceRefs(n.props)])];
    let o: Obj;
    if (type === 'file')
      o = {
        type,
        spec_version: '2.1',
        id: base.id,
        name: n.props.file,
        hashes: { 'SHA-256': n.props.sha256 },
        extensions: extension('Source', n.id, n.props, ['file', 'sha256']),
      };
    else if (type === 'threat-actor')
      o = {
        ...base,
        name: n.props.name,
        ...text,
        threat_actor_types: ['terrorist'],
        ...((n.props.aliases as string[])?.length ? { aliases: n.props.aliases } : {}),
      };
    else if (type === 'identity')
      o = { ...base, name: n.props.name, ...text, identity_class: n.label === 'Person' ? 'individual' : n.label === 'Community' ? 'group' : 'organization' };
    else if (type === 'location') o = { ...base, name: n.props.name, ...text, ...countryOf(n) };
    else if (type === 'incident') o = { ...base, name: n.props.name, ...text };
    else if (type === 'infrastructure') o = { ...base, name: n.props.name, ...text, infrastructure_types: ['unknown'] };
    else if (type === 'report')
      o = { ...base, name: n.props.name, ...text, report_types: ['threat-report'], published: timestamp(n.props.dateStart), object_refs: refs() };
    else {
      const authors = n.label === 'Claim' ? makers(n, 'MADE_CLAIM') : n.label === 'Estimate' ? makers(n, 'ESTIMATED') : makers(n, 'AUTHORED');
      const content = String(n.props.statement ?? n.props.figureText ?? n.props.description ?? n.props.name);
      o = { ...base, abstract: n.props.name, content, ...(authors.length ? { authors } : {}), object_refs: refs() };
    }
    if (type !== 'file') {
      const ext = extension(n.label, n.id, n.props);
      if (n.label === 'Attack') {
        const reports = (out.get(n.id) ?? [])
          .filter((r) => r.type === CASUALTY_REPORT.relationship)
          .map((r) => byId.get(r.end))
          .filter((c): c is ExportNode => !!c);
        if (reports.length > 0)
          (ext[EXTENSION_ID] as Obj).casualty_reports = reports.map((c) => ({
            ...Object.fromEntries(Object.entries(c.props).map(([k, v]) => [snake(k), plain(v)])),
            // Stored as JSON text (Neo4j holds no maps); in STIX a structured list.
            figures: JSON.parse(String(c.props.figures ?? '[]')) as unknown[],
          }));
      }
      Object.assign(o, { external_references: evidence(n.props), extensions: { ...(o.extensions as Obj), ...ext } });
    }
    objects.push(o);
    if (n.label === 'Claim') {
      const opinion = stixOpinion[String(n.props.assessment) as keyof typeof stixOpinion];
      if (opinion) {
        objects.push({
          type: 'opinion',
          spec_version: '2.1',
          id: `opinion--${uuidv5(`${n.id}#assessment`, NAMESPACE)}`,
          created_by_ref: CREATOR_ID,
          created: STIX_TIMESTAMP,
          modified: STIX_TIMESTAMP,
          opinion,
          object_refs: [o.id],
          explanation: String(n.props.assessmentQuote ?? `The source assesses the claim as: ${n.props.assessment}.`),
          authors: [...new Set(((n.props.sourceIds ?? []) as string[]).map((s) => String(byId.get(s)?.props.publisher ?? s)))],
          external_references: evidence(n.props),
          extensions: { [EXTENSION_ID]: { extension_type: 'property-extension', khorasan_id: n.id, kind: 'Assessment', assessment: n.props.assessment } },
        });
      }
    }
  }

  for (const r of graph.relationships) {
    if (r.type === CASUALTY_REPORT.relationship) continue;
    const source = ref(r.start);
    const target = ref(r.end);
    if (!source || !target) continue;
    const start = timestamp(r.props.validFrom);
    // STIX needs stop_time after start_time; validTo is the last day, so stop at the end of it.
    const stop = timestamp(r.props.validTo, 1);
    const spec = stixRelationships[r.type as keyof typeof stixRelationships];
    objects.push({
      type: 'relationship',
      spec_version: '2.1',
      id: `relationship--${uuidv5(r.id, NAMESPACE)}`,
      created_by_ref: CREATOR_ID,
      created: STIX_TIMESTAMP,
      modified: STIX_TIMESTAMP,
      relationship_type: spec?.type ?? 'related-to',
      source_ref: source,
      target_ref: target,
      description: ((r.props.quotes ?? []) as string[]).join(' … '),
      ...(start ? { start_time: start } : {}),
      ...(stop ? { stop_time: stop } : {}),
      ...(r.props.confidence ? { confidence: stixConfidence[r.props.confidence as keyof typeof stixConfidence] } : {}),
      external_references: evidence(r.props),
      extensions: {
        [EXTENSION_ID]: {
          ...(extension('Relationship', r.id, r.props, ['confidence', 'validFrom', 'validTo'])[EXTENSION_ID] as Obj),
          relationship_name: r.type,
        },
      },
    });
  }
  return { type: 'bundle', id: `bundle--${uuidv5('bundle', NAMESPACE)}`, objects };
}
