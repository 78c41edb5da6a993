// Command-line parsing for the npm scripts: node:util parseArgs, `--help` on every command, and one exit-code table.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Exit codes shared by every command (also printed by --help). */
export const EXIT = {
  ok: 0,
  /** The command ran and failed: bad configuration, Neo4j unreachable, an invalid seed. */
  failure: 1,
  /** The command line itself is wrong: unknown option or command. Nothing was done. */
  usage: 2,
  /** `neo4j status`: the built-in server is not running. */
  notRunning: 3,
} as const;

const exitCodes = `Exit codes: ${EXIT.ok} done, ${EXIT.failure} failed (the message says why), ${EXIT.usage} bad command line.`;

export interface Command {
  /** e.g. `npm run seed -- [--reset | --check]` */
  usage: string;
  /** What it does, a few lines. */
  description: string;
  options: ParseArgsOptionsConfig;
  /** Help text per option, in the order shown. */
  help: Record<string, string>;
  /** Allowed positionals (subcommands); none when omitted. */
  positionals?: readonly string[];
  /** Extra exit-code lines, e.g. for `status`. */
  exitNote?: string;
}

export function helpText(cmd: Command): string {
  const rows = Object.entries({ ...cmd.help, help: 'Print this help and exit.' }).map(([name, text]) => {
    const o = cmd.options[name];
    const flag = `--${name}${o?.type === 'string' ? ' <value>' : ''}`;
    return `  ${flag.padEnd(20)} ${text}`;
  });
  return [`Usage: ${cmd.usage}`, '', cmd.description, '', 'Options:', ...rows, '', exitCodes, ...(cmd.exitNote ? [cmd.exitNote] : [])].join('\n');
}

/** A wrong command line: the CLI prints the message and a hint, and exits with EXIT.usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses argv for one command. Prints help and exits 0 on --help; throws UsageError on anything unknown.
 * Returns the option values and the positionals.
 */
export function parseCommand(cmd: Command, argv: string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options: ParseArgsOptionsConfig = { ...cmd.options, help: { type: 'boolean', short: 'h' } };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as {
      values: Record<string, string | boolean | undefined>;
      positionals: string[];
    };
  } catch (e) {
    // parseArgs' own message for an unknown option is about positionals after '--'; say the plain thing instead.
    const err = e as Error & { code?: string };
    const option = /'(-[^']*)'/.exec(err.message)?.[1];
    const message = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option ? `Unknown option ${option}.` : err.message.split('\n')[0];
    throw new UsageError(`${message}\nRun with --help for the options.`);
  }
  if (parsed.values.help) {
    console.log(helpText(cmd));
    process.exit(EXIT.ok);
  }
  const allowed = cmd.positionals ?? [];
  const extra = parsed.positionals.filter((p) => !allowed.includes(p));
  if (extra.length || parsed.positionals.length > (allowed.length ? 1 : 0)) {
    const what = allowed.length ? `one of ${allowed.join(', ')}` : 'no arguments';
    throw new UsageError(`Unexpected argument "${extra[0] ?? parsed.positionals[1]}": this command takes ${what}.\nRun with --help for the options.`);
  }
  return parsed;
}
