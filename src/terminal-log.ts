import type { DestinationStream } from 'pino';

/*
 * A small formatter for pino's JSON lines when a person reads the log at a
 * terminal: `17:03:12 INFO  message key=value …`, errors with their stack.
 * JSON stays the format everywhere else (files, log collectors).
 */
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const COLOURS: Record<number, string> = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[31m' };
const RESET = '\x1b[0m';

interface Writable {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export function terminalStream(out: Writable): DestinationStream {
  return { write: (line: string) => void out.write(formatLine(line, out.isTTY === true)) };
}

export function formatLine(line: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const { level, time, msg, err, ...fields } = entry;
  const n = typeof level === 'number' ? level : 30;
  const clock = new Date(typeof time === 'number' ? time : Date.now()).toTimeString().slice(0, 8);
  const label = colour && COLOURS[n] ? `${COLOURS[n]}${LEVELS[n] ?? n}${RESET}` : (LEVELS[n] ?? String(n));
  const extra = Object.entries(fields)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  const stack = isError(err) ? `\n${err.stack ?? err.message}` : '';
  return `${clock} ${label} ${String(msg ?? '')}${extra ? `  ${extra}` : ''}${stack}\n`;
}

function isError(value: unknown): value is { message: string; stack?: string } {
  return typeof value === 'object' && value !== null && 'message' in value;
}
