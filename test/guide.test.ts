// The Neo4j Browser guide and style in guide/: every Cypher query of the guide runs against the seeded graph
// and returns rows, and the GraSS style has a rule for every label of the model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { CASUALTY_REPORT, nodeLabels, relationshipTypeNames } from '../src/model/model.js';
import type { AddressInfo } from 'node:net';
import { startServer } from '../src/server.js';
import { testConfig, testDatabase } from './helpers.js';

const guideHtml = readFileSync(path.join(projectRoot, 'guide', 'khorasan.html'), 'utf8');
const grass = readFileSync(path.join(projectRoot, 'guide', 'khorasan.grass'), 'utf8');

/** Decodes the HTML entities a guide may use in code (named basics and numeric ones). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return named[code.toLowerCase()] ?? whole;
  });
}

/** The text of every <pre mode="cypher" …>…</pre> block, entities decoded, in document order. */
export function cypherBlocks(html: string): string[] {
  const blocks: string[] = [];
  for (const m of html.matchAll(/<pre\b([^>]*)>([\s\S]*?)<\/pre>/gi)) {
    if (!/\bmode\s*=\s*["']cypher["']/i.test(m[1]!)) continue;
    // Browser runs the element's textContent: tags inside (if any) do not count.
    blocks.push(decodeEntities(m[2]!.replace(/<[^>]+>/g, '')).trim());
  }
  return blocks;
}

/**
 * Reads GraSS the way Neo4j Browser 5 does (its parseGrass): `selector { prop: value; … }`, braces inside quotes are text
 * and the quotes are dropped,
 * whitespace outside blocks is dropped, a declaration counts only when it splits on ':' into exactly two parts.
 */
export function parseGrass(text: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, string>();
  let inQuote = false;
  let inBlock = false;
  let selector = '';
  let body = '';
  for (const ch of text) {
    if (ch === '"' || ch === "'") {
      inQuote = !inQuote; // Browser drops the quotes themselves
      continue;
    } else if (!inQuote && ch === '{' && !inBlock) {
      inBlock = true;
      continue;
    } else if (!inQuote && ch === '}' && inBlock) {
      blocks.set(selector, body);
      inBlock = false;
      selector = '';
      body = '';
      continue;
    }
    if (inBlock) body += ch;
    else if (!/\s/.test(ch)) selector += ch;
  }
  const rules = new Map<string, Record<string, string>>();
  for (const [sel, content] of blocks) {
    const props: Record<string, string> = {};
    for (const decl of content.split(';')) {
      const parts = decl.split(':');
      if (parts.length === 2) props[parts[0]!.trim()] = parts[1]!.trim();
    }
    rules.set(sel, props);
  }
  return rules;
}

describe('guide/khorasan.html', () => {
  const db = testDatabase();
  afterAll(() => db.close());
  const queries = cypherBlocks(guideHtml);

  it('is a Browser guide: article.guide > carousel.deck > slides with runnable Cypher', () => {
    expect(guideHtml).toMatch(/<article class="guide[^"]*">/);
    expect(guideHtml).toMatch(/<carousel class="deck container-fluid">/);
    expect(guideHtml.match(/<slide class="row-fluid">/g)?.length ?? 0).toBeGreaterThanOrEqual(8);
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const m of guideHtml.matchAll(/<pre\b([^>]*)>/gi)) expect(m[1]).toMatch(/class="[^"]*\brunnable\b/);
  });

  it('decodes entities in code blocks', () => {
    expect(
      cypherBlocks('<pre mode="cypher" class="code runnable">MATCH (a)&lt;-[:X]-(b) WHERE a.n &gt; 1 AND a.s = &quot;&amp;&#39;&#x41;&quot; RETURN a</pre>'),
    ).toEqual([`MATCH (a)<-[:X]-(b) WHERE a.n > 1 AND a.s = "&'A" RETURN a`]);
  });

  it.each(queries.map((q, i) => [i + 1, q.split('\n')[0]!, q] as const))('query %i (%s) runs and returns rows', async (_i, _first, query) => {
    const result = await db.read(query);
    expect(result.records.length).toBeGreaterThan(0);
  });

  it('shows the airport attack leader freed in the prison attack on the path between the two attacks', async () => {
    const query = queries.find((q) => q.includes('shortestPath(') && q.includes('none('))!;
    const result = await db.read(query);
    const ids = result.records.flatMap((r) => (r.get('p') as { segments: { end: { properties: { id: string } } }[] }).segments.map((s) => s.end.properties.id));
    expect(ids).toContain('person/abdul-rahman-al-logari');
  });

  it('lists the three Kerman death tolls and the two Jalalabad 2015 ones', async () => {
    const query = queries.find((q) => q.includes('deathTolls'))!;
    const rows = (await db.read(query)).records.map((r) => ({ attack: r.get('attack') as string, tolls: [...(r.get('deathTolls') as number[])].sort() }));
    expect(rows).toEqual(
      expect.arrayContaining([
        { attack: 'Kerman twin bombings', tolls: [103, 84, 95].sort() },
        { attack: 'Jalalabad suicide bombing', tolls: [33, 35] },
      ]),
    );
  });
});

describe('guide/khorasan.grass', () => {
  const rules = parseGrass(grass);

  it('parses into node and relationship rules, with no comments (Browser does not read them)', () => {
    expect(grass).not.toMatch(/\/\*|\/\//);
    expect(rules.get('node')).toMatchObject({ caption: '{name}' });
    expect(rules.get('relationship')).toMatchObject({ caption: '<type>' });
    for (const [selector, props] of rules) {
      expect(selector, selector).toMatch(/^(node|relationship)(\.[A-Za-z_]+)?$/);
      expect(Object.keys(props).length, selector).toBeGreaterThan(0);
    }
  });

  it.each([...nodeLabels, CASUALTY_REPORT.label])('styles label %s with a colour and a caption', (label) => {
    const rule = rules.get(`node.${label}`);
    expect(rule, `node.${label}`).toBeDefined();
    expect(rule!.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(rule!.caption).toMatch(/^\{\w+\}$/);
  });

  it('captions CasualtyReport nodes by the killed figure', () => {
    expect(rules.get(`node.${CASUALTY_REPORT.label}`)!.caption).toBe('{killed}');
  });

  it('has a rule with a caption for every relationship type', () => {
    for (const type of [...relationshipTypeNames, CASUALTY_REPORT.relationship]) {
      expect(rules.get(`relationship.${type}`)?.caption, type).toBe('<type>');
    }
  });
});

describe('serving the guide to Neo4j Browser', () => {
  it('answers the CORS preflight Browser sends before fetching a guide (Cache-Control and Pragma headers)', async () => {
    const db = testDatabase();
    // The config refuses PORT=0, so it is set after validation: listen() then picks a free port.
    const server = await startServer({ ...testConfig({ HOST: '127.0.0.1' }), PORT: 0 }, db);
    try {
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}/guide`;
      const preflight = await fetch(`${base}/khorasan.html`, {
        method: 'OPTIONS',
        headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-method': 'GET', 'access-control-request-headers': 'cache-control,pragma' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/cache-control/);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/pragma/);
      for (const [file, type] of [
        ['khorasan.html', 'text/html'],
        ['khorasan.grass', 'text/plain'],
      ] as const) {
        const res = await fetch(`${base}/${file}`, { headers: { origin: 'http://127.0.0.1:7474', 'cache-control': 'no-cache', pragma: 'no-cache' } });
        expect(res.status, file).toBe(200);
        expect(res.headers.get('content-type'), file).toContain(type);
        expect(res.headers.get('access-control-allow-origin'), file).toBe('*');
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    }
  });
});
