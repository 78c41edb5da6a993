// Where the built-in Neo4j keeps its jars, configuration, data and logs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface LocalPaths {
  pom: string;
  lib: string;
  /** Written after a complete `mvn dependency:copy-dependencies`; holds the pom's hash. */
  libStamp: string;
  home: string;
  conf: string;
  data: string;
  logs: string;
  pidFile: string;
  consoleLog: string;
}

export function localPaths(config: Pick<Config, 'NEO4J_HOME_DIR'>): LocalPaths {
  const home = path.resolve(projectRoot, config.NEO4J_HOME_DIR);
  return {
    pom: path.join(projectRoot, 'neo4j', 'pom.xml'),
    lib: path.join(projectRoot, 'neo4j', 'lib'),
    libStamp: path.join(projectRoot, 'neo4j', 'lib', '.complete'),
    home,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    pidFile: path.join(home, 'neo4j.pid'),
    consoleLog: path.join(home, 'logs', 'console.log'),
  };
}
