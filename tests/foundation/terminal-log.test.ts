import { describe, expect, it } from 'vitest';
import { formatLine } from '../../src/terminal-log.js';

describe('terminal log lines', () => {
  it('turns a pino JSON line into one readable line with its fields', () => {
    const time = new Date(2026, 10, 30, 17, 3, 12).getTime();
    const line = formatLine(`${JSON.stringify({ level: 30, time, msg: 'GET /api/saker', status: 200, ms: 4 })}\n`, false);
    expect(line).toBe('17:03:12 INFO  GET /api/saker  status=200 ms=4\n');
  });

  it('prints an error with its stack, and passes anything that is not JSON through', () => {
    const line = formatLine(JSON.stringify({ level: 50, time: 0, msg: 'boom', err: { message: 'x', stack: 'Error: x\n    at f' } }), false);
    expect(line).toMatch(/ERROR boom\nError: x\n {4}at f\n$/);
    expect(formatLine('plain text', false)).toBe('plain text\n');
  });
});
