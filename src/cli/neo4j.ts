// `npm run neo4j:start|stop|status`: the built-in Neo4j server.
import { loadConfig } from '../config/config.js';
import { loginNote } from '../local-neo4j/password.js';
import { start, status, stop } from '../local-neo4j/server.js';
import { EXIT, parseCommand, UsageError, type Command } from './args.js';
import { exitOnError } from './connect.js';

const commands = ['start', 'stop', 'status'] as const;
const cli: Command = {
  usage: 'npm run neo4j:start | neo4j:stop | neo4j:status   (tsx src/cli/neo4j.ts start|stop|status)',
  description:
    'The built-in Neo4j 5.26 server (bound to 127.0.0.1, data in NEO4J_HOME_DIR). start fetches it from Maven Central\n' +
    'on first use and waits until Bolt answers; stop sends SIGTERM (SIGKILL after 60 s); status says whether it runs.',
  options: {},
  help: {},
  positionals: commands,
  exitNote: `status exits ${EXIT.ok} when the server runs and ${EXIT.notRunning} when it does not.`,
};

async function main(argv: string[]): Promise<void> {
  const { positionals } = parseCommand(cli, argv);
  const command = positionals[0];
  if (command === undefined) throw new UsageError(`Say what to do: ${commands.join(', ')}.\nRun with --help for the details.`);
  const config = loadConfig();
  if (!config.local && command !== 'status') {
    console.log(`NEO4J_URI is set (${config.boltUri}); the built-in Neo4j is not used.`);
    return;
  }
  switch (command) {
    case 'start': {
      const s = await start(config);
      console.log(`Bolt:          ${s.boltUri}\nNeo4j Browser: ${s.browserUrl} (${loginNote(config)})`);
      return;
    }
    case 'stop':
      return stop(config);
    case 'status': {
      const s = await status(config);
      console.log(s.running ? `Neo4j is running (pid ${s.pid}) at ${s.boltUri}, Browser ${s.browserUrl}` : 'Neo4j is not running.');
      console.log(`Log in with ${loginNote(config)}.`);
      process.exitCode = s.running ? EXIT.ok : EXIT.notRunning;
      return;
    }
  }
}

main(process.argv.slice(2)).catch(exitOnError);
