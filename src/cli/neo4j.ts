// `npm run neo4j:start|stop|status`: the built-in Neo4j server.
import { ConfigError, loadConfig } from '../config/config.js';
import { LocalNeo4jError } from '../local-neo4j/errors.js';
import { start, status, stop } from '../local-neo4j/server.js';

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (!config.local && command !== 'status') {
    console.log(`NEO4J_URI is set (${config.boltUri}); the built-in Neo4j is not used.`);
    return;
  }
  switch (command) {
    case 'start': {
      const s = await start(config);
      console.log(`Bolt:          ${s.boltUri}\nNeo4j Browser: ${s.browserUrl} (user ${config.NEO4J_USER})`);
      return;
    }
    case 'stop':
      return stop(config);
    case 'status': {
      const s = await status(config);
      console.log(s.running ? `Neo4j is running (pid ${s.pid}) at ${s.boltUri}, Browser ${s.browserUrl}` : 'Neo4j is not running.');
      process.exitCode = s.running ? 0 : 3;
      return;
    }
    default:
      throw new LocalNeo4jError('usage: neo4j start | stop | status');
  }
}

main(process.argv[2]).catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof LocalNeo4jError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
