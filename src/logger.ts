import pino, { type Logger } from 'pino';
import { terminalStream } from './terminal-log.js';

export interface LoggerOptions {
  /** One readable line per entry (for a person at a terminal) instead of JSON lines (for files and collectors). Default: stdout is a TTY. */
  pretty?: boolean;
}

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const settings = { level, base: undefined, redact: ['req.headers.authorization', 'req.headers.cookie'] };
  const pretty = options.pretty ?? process.stdout.isTTY === true;
  return pretty ? pino(settings, terminalStream(process.stdout)) : pino(settings);
}
