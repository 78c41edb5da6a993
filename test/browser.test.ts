// End to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// Neo4j Browser connects to the test Neo4j, plays the project guide from the API and draws a graph with the project
// style; GraphiQL runs an operation. Screenshots go to artifacts/screenshots/ (git-ignored). `npm run screenshots`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../src/db/driver.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { startServer } from '../src/server.js';
import { CHROMIUM, launchChromium } from './chromium.js';
import { testConfig, testDatabase } from './helpers.js';

const SHOTS = path.join(projectRoot, 'artifacts', 'screenshots');
const VIEWPORT = { width: 1200, height: 720 };

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe: Server = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The GraSS colour of a label, read from guide/khorasan.grass. */
function grassColour(label: string): string {
  const grass = readFileSync(path.join(projectRoot, 'guide', 'khorasan.grass'), 'utf8');
  const rule = new RegExp(`node\\.${label}\\s*\\{[^}]*?color:\\s*(#[0-9A-Fa-f]{6})`).exec(grass);
  if (!rule) throw new Error(`no colour for ${label} in khorasan.grass`);
  return rule[1]!.toUpperCase();
}

describe('in a real Chromium', () => {
  let db: Database;
  let server: HttpServer;
  let port: number;
  let userDataDir: string;
  let context: BrowserContext;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}. The browser tests need Debian's chromium package: ` +
          'run `apt-get update && apt-get install -y chromium` (as root; .ci/run does this).',
      );
    }
    mkdirSync(SHOTS, { recursive: true });
    port = await freePort();
    db = testDatabase();
    server = await startServer(testConfig({ PORT: String(port), HOST: '127.0.0.1' }), db);
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'khorasan-chromium-'));
    context = await launchChromium(userDataDir, { viewport: VIEWPORT });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    console.log(`[browser] timings (ms): ${JSON.stringify(timings)}`);
  });

  it('Neo4j Browser plays the guide from the API, applies the style and draws a graph', { timeout: 180_000 }, async () => {
    const bolt = new URL(inject('neo4jUri'));
    const browserUrl = `http://${bolt.hostname}:${process.env.NEO4J_HTTP_PORT ?? '7474'}/browser/`;
    const guideUrl = `http://127.0.0.1:${port}/guide/khorasan.html`;
    const styleUrl = `http://127.0.0.1:${port}/guide/khorasan.grass`;
    const page = context.pages()[0] ?? (await context.newPage());
    let started = Date.now();

    // Connect (the first load of Browser can take a while).
    await page.goto(browserUrl, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('[data-testid="username"]').waitFor({ timeout: 60_000 });
    timings.browserLoad = Date.now() - started;
    started = Date.now();
    await page.locator('[data-testid="bolt-scheme-select"]').selectOption({ label: 'bolt://' });
    await page.locator('[data-testid="boltaddress"]').fill(bolt.host);
    await page.locator('[data-testid="username"]').fill('neo4j');
    await page.locator('[data-testid="password"]').fill(inject('neo4jPassword'));
    await page.locator('[data-testid="connect"]').click();
    await page.locator('[data-testid="connect"]').waitFor({ state: 'detached', timeout: 30_000 });
    timings.connect = Date.now() - started;

    const run = async (command: string) => {
      const editor = page.locator('[data-testid="activeEditor"] textarea').first();
      await editor.focus();
      await page.keyboard.insertText(command);
      await page.locator('[data-testid="editor-Run"]').click();
    };
    const frame = (command: string) =>
      page.locator('[data-testid="frame"]', { has: page.locator('[data-testid="frameCommand"]', { hasText: command }) }).first();

    // Browser reads the server's settings (the remote-content allowlist among them) just after connecting; until then
    // a remote :style or :play is refused ("Hostname is not allowed"), so those commands are retried for a while.
    const runUntil = async (command: string, ok: (f: Locator) => Promise<boolean>, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await run(command);
        const f = frame(command);
        for (const settleBy = Date.now() + 10_000; Date.now() < settleBy; await page.waitForTimeout(200)) {
          if (await ok(f)) return f;
          if (/not allowed|Not found/i.test(await f.innerText().catch(() => ''))) break;
        }
        if (Date.now() > deadline) throw new Error(`${command} did not succeed: ${await f.innerText().catch(() => '?')}`);
        await page.waitForTimeout(500);
      }
    };

    // The project style, from the API (an allowlisted host, with CORS).
    started = Date.now();
    await runUntil(`:style ${styleUrl}`, async (f) => (await f.innerText()).includes('node.Person'));

    // A plain query over the connection: RETURN 1 answers 1.
    await runUntil('RETURN 1 AS one', async (f) => {
      const text = await f.innerText();
      return !/ERROR/.test(text) && /^\s*1\s*$/m.test(text);
    });
    await page.screenshot({ path: path.join(SHOTS, 'neo4j-browser-return-1.png') });

    // The guide, from the API.
    const guide = await runUntil(`:play ${guideUrl}`, (f) => f.locator('[data-testid="carousel"]').isVisible());
    const carousel = guide.locator('[data-testid="carousel"]');
    expect(await carousel.innerText()).toContain('The ISKP knowledge graph');
    timings.playGuide = Date.now() - started;

    // Go to the emir succession slide and run its graph query with the play icon of the runnable code.
    started = Date.now();
    const ledQuery = carousel.locator('pre.runnable', { hasText: '[r:LED]' }).first();
    for (let i = 0; i < 10 && !(await ledQuery.isVisible()); i++) {
      await guide.locator('[data-testid="nextSlide"]').click();
    }
    expect(await carousel.innerText()).toContain('Emir succession');
    await ledQuery.locator('.fa-play-circle-o').click();
    const result = frame('MATCH (p:Person)-[r:LED]->');
    await result.locator('svg g.node').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => result.locator('svg g.node').count(), { timeout: 10_000 }).toBeGreaterThan(7);
    await expect.poll(() => result.innerText(), { timeout: 10_000 }).toMatch(/Displaying 8 nodes/);
    timings.query = Date.now() - started;

    // The style is in effect: Person and Group circles have the GraSS colours.
    const fills = await result.locator('svg g.node circle').evaluateAll((circles) => circles.map((c) => (c.getAttribute('fill') ?? '').toUpperCase()));
    expect(fills).toContain(grassColour('Person'));
    expect(fills).toContain(grassColour('Group'));

    // The same guide in the sidebar drawer (`:guide <url>`), next to the graph: the screenshot for docs/.
    await run(`:guide ${guideUrl}`);
    await page.getByText('The ISKP knowledge graph').first().waitFor({ timeout: 20_000 });
    for (let i = 0; i < 2; i++) await page.locator('[data-testid="guideNextSlide"]').click(); // slide 3: emir succession
    await result.locator('button[aria-label="Collapse the node properties display"]').click();
    await result.locator('button[aria-label="zoom-to-fit"]').click();
    await page.locator('[data-testid="stream"]').evaluate((stream) => {
      for (let e: Element | null = stream; e; e = e.parentElement) e.scrollTop = 0;
    });
    await page.waitForTimeout(1_500); // let the force layout settle
    await page.screenshot({ path: path.join(SHOTS, 'neo4j-browser.png') });
  });

  it('GraphiQL runs an operation of the default document', { timeout: 120_000 }, async () => {
    const page = await context.newPage();
    // Block every request that would leave this machine: GraphiQL must work from what the API serves.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/graphql`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await page.locator('.graphiql-query-editor').waitFor({ timeout: 60_000 });
    await page.locator('[aria-label="Execute query (Ctrl-Enter)"]').click();
    // With several named operations GraphiQL asks which one to run: take the first.
    const operations = page.locator('[role="menuitem"]');
    if (
      await operations
        .first()
        .isVisible({ timeout: 3_000 })
        .catch(() => false)
    )
      await operations.first().click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('"data"');
    expect(await response.innerText()).not.toContain('"errors"');
    timings.graphiql = Date.now() - started;
    await page.screenshot({ path: path.join(SHOTS, 'graphiql.png') });
    await page.close();
  });
});
