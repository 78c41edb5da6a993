// Structured logs: pino JSON lines (one object per line, for collectors), pino-pretty when a person watches a terminal.
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from '../config/config.js';

export type { Logger };

/**
 * Keys whose values never reach a log line, wherever they sit (pino's redaction, applied to every record).
 * The API logs no variables or headers on purpose; this is the second line of defence.
 */
export const redactedPaths = [
  'password',
  '*.password',
  'NEO4J_PASSWORD',
  '*.NEO4J_PASSWORD',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers.cookie',
  '*.headers.cookie',
];

export interface LoggerOptions {
  level: Config['LOG_LEVEL'];
  format: Config['LOG_FORMAT'];
  /** Where lines go; stdout when omitted. Tests pass a collecting stream. */
  destination?: DestinationStream;
}

export function createLogger({ level, format, destination }: LoggerOptions): Logger {
  const usePretty = format === 'pretty' || (format === 'auto' && destination === undefined && process.stdout.isTTY === true);
  const stream = usePretty ? pretty({ colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }) : destination;
  return pino(
    {
      level,
      base: { service: 'khorasan-graph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"info" rather than 30: readable without a lookup table, and what most collectors map.
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactedPaths, censor: '[redacted]' },
    },
    stream ?? pino.destination(1),
  );
}

export function loggerFromConfig(config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>, destination?: DestinationStream): Logger {
  return createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT, destination });
}

/** A URI fit for a log line: user and password (neo4j+s://user:secret@host) removed. */
export function safeUri(uri: string): string {
  return uri.replace(/\/\/[^/@\s]*@/, '//');
}
