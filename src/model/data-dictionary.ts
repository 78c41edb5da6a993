// Generates docs/data-dictionary.md from the model.
import { casualtyRangeRule } from './casualty-range.js';
import { casualtyBases, commonRelationshipProperties, nodeKinds, nodeLabels, relationshipTypeNames, relationshipTypes, type PropSpec } from './model.js';

const propType = (p: PropSpec) => (p.type === 'enum' ? p.values!.join(' \\| ') : p.type);
const propRows = (props: Record<string, PropSpec>) =>
  Object.entries(props).map(([k, p]) => `| \`${k}\` | ${propType(p)} | ${p.required ? 'yes' : ''} | ${p.description} |`);

export function dataDictionary(): string {
  const out = [
    '# Data dictionary',
    '',
    'Generated from `src/model/model.ts` by `npm run generate`; do not edit by hand.',
    '',
    '## Nodes',
    '',
    'Every node is also an `:Entity` with `id`, `name`, `aliases`, `description`, `searchKeys` (compact spellings for search),',
    'and its evidence: `sourceIds` and `quotes` (quote *i* is from source *i*). Dates are kept as the text gives them',
    '(`date: "2017-07"`) with `dateStart`/`dateEnd` (Neo4j dates) and `datePrecision` (year | month | day).',
    '',
  ];
  for (const label of nodeLabels) {
    const k = nodeKinds[label];
    out.push(`### ${label}`, '', `${k.description} Seed file \`seed/${k.file}\`; ids \`${k.prefix}/…\`, e.g. \`${k.example}\`.`, '');
    const rows = propRows(k.properties as Record<string, PropSpec>);
    if (rows.length) out.push('| property | type | required | meaning |', '|---|---|---|---|', ...rows, '');
  }
  out.push(
    '### CasualtyReport',
    '',
    'One report of an attack’s casualties, with its own quote: `(:Attack)-[:HAS_CASUALTY_REPORT]->(:CasualtyReport)`.',
    'Properties `figures` (JSON text: each figure’s `outcome` killed | wounded | killed-or-wounded, `count`, `qualifier`,',
    '`category` victims | assailants, `who` where the text splits the victims), `basis` (whose voice: ' +
      Object.keys(casualtyBases).join(' | ') +
      '), `confidence` (follows from the basis;',
    'also on the HAS_CASUALTY_REPORT edge), `reportedBy`, `note`, `sourceIds`, `quotes`, and `killed`/`wounded` with their',
    'qualifiers when the report states one victims figure (never a sum). The Attack carries the derived',
    '`killedMin`/`killedBest`/`killedMax` and `woundedMin`/`woundedBest`/`woundedMax` (src/model/casualty-range.ts: ' + casualtyRangeRule + ')',
    '',
    '## Relationships',
    '',
    'Every relationship carries `id`, `confidence` (high | medium | low), `sourceIds`, `quotes`, and where the text gives',
    "them `from`/`to` (as given) with `validFrom`/`validTo` (Neo4j dates). `startId`/`endId` repeat the ends' ids so that",
    'a node with many edges pages them from an index (Neo4j indexes no relationship by its ends).',
    '',
    '| property | type | required | meaning |',
    '|---|---|---|---|',
    ...propRows(commonRelationshipProperties),
    '',
    '| type | from | to | meaning | own properties |',
    '|---|---|---|---|---|',
  );
  for (const name of relationshipTypeNames) {
    const t = relationshipTypes[name] as {
      description: string;
      from: readonly string[] | '*';
      to: readonly string[] | '*';
      properties?: Record<string, PropSpec>;
    };
    const ends = (e: readonly string[] | '*') => (e === '*' ? 'any' : e.join(', '));
    const own = Object.entries(t.properties ?? {})
      .map(([k, p]) => `\`${k}\`${p.required ? ' (required)' : ''}: ${p.description}`)
      .join('<br>');
    out.push(`| \`${name}\` | ${ends(t.from)} | ${ends(t.to)} | ${t.description} | ${own} |`);
  }
  out.push('');
  return out.join('\n');
}
