// Finds a real Neo4j for the tests and loads the seed into it, once:
// NEO4J_URI if set; else a testcontainers Neo4j 5.26 when a Docker engine answers; else the built-in server.
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config/config.js';
import { createDatabase } from '../src/db/driver.js';
import { start } from '../src/local-neo4j/server.js';
import { loadGraph } from '../src/seed/load.js';
import { prepareSeed } from '../src/seed/prepare.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string;
  }
}

const dockerAnswers = () => spawnSync('docker', ['info'], { timeout: 10_000 }).status === 0;

export default async function setup(project: TestProject) {
  const config = loadConfig();
  let uri = config.boltUri;
  let password = config.NEO4J_PASSWORD;
  let teardown = async () => {};
  if (!config.local) {
    console.log(`[tests] Neo4j from NEO4J_URI: ${uri}`);
  } else if (dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(password).start();
    uri = container.getBoltUri();
    password = container.getPassword();
    teardown = async () => void (await container.stop());
    console.log(`[tests] Neo4j in a testcontainer: ${uri}`);
  } else {
    await start(config, (line) => console.log(`[tests] ${line}`));
    console.log(`[tests] built-in Neo4j: ${uri}`);
  }
  const db = createDatabase(loadConfig({ ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password }));
  try {
    const { seed } = prepareSeed(config.SEED_DIR, config.SOURCES_DIR);
    await loadGraph(db, seed, { reset: true, log: () => {} });
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jPassword', password);
  return teardown;
}
