import { describe, expect, it } from 'vitest';
import { isConnectionFault } from './connection-fault.js';

describe('isConnectionFault', () => {
  it('knows a lost or refused connection from a wrong statement', () => {
    for (const fault of [
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { code: '57P03', message: 'the database system is starting up' },
      { code: '08006', message: 'connection failure' },
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' },
      { code: 'ECONNRESET', message: 'read ECONNRESET' },
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('timeout exceeded when trying to connect'),
    ]) {
      expect(isConnectionFault(fault), JSON.stringify(fault)).toBe(true);
    }
    for (const other of [{ code: '23505' }, { code: '22021' }, new Error('syntax error'), null, 'Connection terminated']) {
      expect(isConnectionFault(other)).toBe(false);
    }
  });
});
