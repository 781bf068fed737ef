/**
 * Errors that say the connection to PostgreSQL is gone or not yet there
 * (the server ended it, restarted, is starting or shutting down, the network
 * broke) rather than that the statement was wrong. Such a request failed
 * through no fault of its own and may be tried again; the pool replaces the
 * connection by itself.
 */
export function isConnectionFault(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (CONNECTION_SQLSTATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code))) return true;
  return typeof message === 'string' && CONNECTION_MESSAGES.some((m) => m.test(message));
}

// 57P01 admin shutdown (pg_terminate_backend, fast shutdown), 57P02 crash
// shutdown, 57P03 cannot connect now (starting up), 53300 too many connections.
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// What the pg driver says when the socket dies or a dead client is used again;
// these errors carry no code.
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Client was closed and is not queryable/,
];
