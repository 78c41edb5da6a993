// Every setting the project reads from the environment, validated once.
import { z } from 'zod';
import { localPaths } from '../local-neo4j/paths.js';
import { localPassword, passwordFile, PasswordFileError } from '../local-neo4j/password.js';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const memory = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'must be a size like 512m or 2g')
    .default(fallback);

const neo4jUri = z
  .string()
  .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/, 'must look like bolt://host:7687 or neo4j://host:7687 (or +s / +ssc variants)');

const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');

export const configSchema = z.object({
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
  /** Required with NEO4J_URI; for the built-in server it defaults to a random one kept in NEO4J_HOME_DIR/password. */
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j 5 refuses shorter ones)').optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a valid Neo4j database name')
    .default('neo4j'),
  NEO4J_BOLT_PORT: port(7687),
  NEO4J_HTTP_PORT: port(7474),
  NEO4J_HEAP: memory('2g'),
  NEO4J_PAGECACHE: memory('1g'),
  NEO4J_HOME_DIR: z.string().min(1).default('.neo4j'),
  NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5, 'must be at least 5 seconds').max(1800).default(180),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100, 'must be at least 100 ms').max(600_000).default(5000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  SEED_DIR: z.string().min(1).default('seed'),
  SOURCES_DIR: z.string().min(1).default('../shared/sources'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty'], { error: 'must be auto, json or pretty' }).default('auto'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  // API limits and exposure (issue 8): bounded input, and safe defaults in production.
  NODE_ENV: z.string().default('development'),
  API_MAX_BODY_BYTES: z.coerce.number().int().min(1024, 'must be at least 1024 bytes').max(100_000_000).default(1_000_000),
  API_MAX_QUERY_CHARS: z.coerce.number().int().min(100, 'must be at least 100 characters').max(1_000_000).default(20_000),
  API_CACHE_BYTES: z.coerce.number().int().min(0).max(1_000_000_000).default(20_000_000),
  /** Largest download /export/{format} serves; a bigger one is refused with 413 (npm run export has no limit). */
  API_EXPORT_MAX_BYTES: z.coerce.number().int().min(1024, 'must be at least 1024 bytes').max(1_000_000_000).default(20_000_000),
  API_MAX_COST: z.coerce.number().int().min(1, 'must be at least 1').default(20_000),
  /** Origins allowed to call /graphql from a browser besides the API's own, comma-separated. */
  API_CORS_ORIGINS: z.string().default(''),
  API_GRAPHIQL: flag.optional(),
  API_INTROSPECTION: flag.optional(),
  API_FIELD_SUGGESTIONS: flag.optional(),
  /** Client-side deadline on every query, past the server-side transaction timeout (for a frozen Neo4j). */
  NEO4J_DEADLINE_MS: z.coerce.number().int().min(100, 'must be at least 100 ms').max(600_000).optional(),
});

export type Config = Omit<z.infer<typeof configSchema>, 'NEO4J_PASSWORD'> & {
  NEO4J_PASSWORD: string;
  /** Where the built-in server's generated password is kept; undefined when NEO4J_PASSWORD was given. */
  passwordFile?: string;
  /** The Bolt URI actually used: NEO4J_URI, or the local server's. */
  boltUri: string;
  /** True when no NEO4J_URI was given, so the project runs its own Neo4j. */
  local: boolean;
  browserUrl: string;
  /** Resolved API exposure settings: each defaults to off in production, on elsewhere. */
  api: { graphiql: boolean; introspection: boolean; fieldSuggestions: boolean; corsOrigins: string[]; deadlineMs: number };
};

/** Thrown for a bad environment; `message` is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const got = cleaned[name];
    const shown = name.includes('PASSWORD') || got === undefined ? '' : ` (got "${got}")`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}${shown}`);
  }
  const c = parsed.data;
  const local = c.NEO4J_URI === undefined;
  const { password, passwordFile } = resolvePassword(c.NEO4J_PASSWORD, local, c.NEO4J_HOME_DIR);
  const boltUri = c.NEO4J_URI ?? `bolt://127.0.0.1:${c.NEO4J_BOLT_PORT}`;
  const browserUrl = local ? `http://127.0.0.1:${c.NEO4J_HTTP_PORT}/browser/` : 'the Neo4j Browser of your server (NEO4J_URI is set)';
  const dev = c.NODE_ENV !== 'production';
  const api = {
    graphiql: c.API_GRAPHIQL ?? dev,
    introspection: c.API_INTROSPECTION ?? dev,
    fieldSuggestions: c.API_FIELD_SUGGESTIONS ?? dev,
    corsOrigins: c.API_CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    deadlineMs: c.NEO4J_DEADLINE_MS ?? c.NEO4J_TX_TIMEOUT_MS + 1000,
  };
  return { ...c, NEO4J_PASSWORD: password, passwordFile, boltUri, local, browserUrl, api };
}

/** NEO4J_PASSWORD as given; else, for the built-in server only, the generated one in its home. */
function resolvePassword(given: string | undefined, local: boolean, homeDir: string): { password: string; passwordFile?: string } {
  if (given !== undefined) return { password: given };
  if (!local)
    throw new ConfigError('Invalid configuration: NEO4J_PASSWORD must be set when NEO4J_URI is set (the generated password is only for the built-in server)');
  const paths = localPaths({ NEO4J_HOME_DIR: homeDir });
  try {
    return { password: localPassword(paths), passwordFile: passwordFile(paths) };
  } catch (e) {
    if (e instanceof PasswordFileError) throw new ConfigError(`Invalid configuration: ${e.message}`);
    throw e;
  }
}
