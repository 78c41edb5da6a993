// guide/khorasan.grass, the Neo4j Browser style, written from src/model/style.ts (GraSS takes no comments).
import { defaultNodeStyle, defaultRelationshipStyle, nodeStyles, relationshipStyles } from './style.js';

export function grass(): string {
  const lines = [
    'node {',
    `  diameter: ${defaultNodeStyle.diameter}px;`,
    `  color: ${defaultNodeStyle.color};`,
    `  border-color: ${defaultNodeStyle.border};`,
    '  border-width: 2px;',
    `  text-color-internal: ${defaultNodeStyle.text};`,
    '  font-size: 10px;',
    `  caption: '{${defaultNodeStyle.caption}}';`,
    '}',
    'relationship {',
    `  color: ${defaultRelationshipStyle.color};`,
    `  shaft-width: ${defaultRelationshipStyle.width}px;`,
    '  font-size: 8px;',
    '  padding: 3px;',
    '  text-color-external: #000000;',
    '  text-color-internal: #FFFFFF;',
    "  caption: '<type>';",
    '}',
    'node.Entity {',
    "  caption: '{name}';",
    '}',
  ];
  for (const [label, s] of Object.entries(nodeStyles)) {
    lines.push(
      `node.${label} {`,
      `  color: ${s.color};`,
      `  border-color: ${s.border};`,
      `  text-color-internal: ${s.text};`,
      `  diameter: ${s.diameter}px;`,
      `  caption: '{${s.caption}}';`,
      '}',
    );
  }
  for (const [type, s] of Object.entries(relationshipStyles)) {
    lines.push(`relationship.${type} {`, `  color: ${s.color};`, `  shaft-width: ${s.width}px;`, "  caption: '<type>';", '}');
  }
  return lines.join('\n') + '\n';
}
