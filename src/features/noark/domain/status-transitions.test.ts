import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import { ROLLER, type Rolle } from '../../../shared/roles.js';
import { codesOf, JOURNALPOSTTYPE, JOURNALSTATUS, SAKSSTATUS, type Journalposttype } from './index.js';
import { checkTransition, type StatusOf } from './status-transitions.js';
import { TRANSITION_CONDITIONS, type ConditionFacts, type TransitionCondition } from './transition-conditions.js';
import { TRANSITIONS, type NoarkEntity } from './transition-table.js';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const allTrue: ConditionFacts = Object.fromEntries(Object.keys(TRANSITION_CONDITIONS).map((c) => [c, true]));

/** Every (entity, type, from, to, role) the table allows, one case per row, type and role. */
const allowed = TRANSITIONS.flatMap((rule) =>
  (rule.entity === 'journalpost' ? rule.types : [null]).flatMap((type) =>
    rule.allowedRoles.map((role) => ({
      rule,
      type,
      role,
      label: `${rule.entity} ${type ?? ''} ${rule.from ?? '∅'}→${rule.to} by ${role}`,
    })),
  ),
);
const roleDenied = TRANSITIONS.flatMap((rule) =>
  (rule.entity === 'journalpost' ? rule.types : [null]).flatMap((type) =>
    ROLLER.filter((r) => !rule.allowedRoles.includes(r)).map((role) => ({
      rule,
      type,
      role,
      label: `${rule.entity} ${type ?? ''} ${rule.from ?? '∅'}→${rule.to} by ${role}`,
    })),
  ),
);

/** Every (type, from, to) pair not in the table: refused for every role, with every condition met. */
const scopes: { entity: NoarkEntity; type: Journalposttype | null; statuses: readonly string[] }[] = [
  { entity: 'saksmappe', type: null, statuses: codesOf(SAKSSTATUS) },
  ...codesOf(JOURNALPOSTTYPE).map((type) => ({ entity: 'journalpost' as const, type, statuses: codesOf(JOURNALSTATUS) })),
];
const forbidden = scopes.flatMap(({ entity, type, statuses }) =>
  [null, ...statuses].flatMap((from) =>
    statuses
      .filter((to) => to !== from)
      .filter(
        (to) =>
          !TRANSITIONS.some(
            (r) =>
              r.entity === entity &&
              r.from === from &&
              r.to === to &&
              (r.entity === 'saksmappe' || (type !== null && r.types.includes(type))),
          ),
      )
      .map((to) => ({
        entity,
        type,
        from: from as StatusOf<NoarkEntity> | null,
        to: to as StatusOf<NoarkEntity>,
        label: `${entity} ${type ?? ''} ${from ?? '∅'}→${to}`,
      })),
  ),
);

describe('checkTransition', () => {
  it.each(allowed)('allows $label when its conditions hold', ({ rule, type, role }) => {
    expect(checkTransition(rule.entity, type, rule.from, rule.to, role, allTrue)).toBe(rule);
  });

  it.each(roleDenied)('refuses $label (role)', ({ rule, type, role }) => {
    const e = caught(() => checkTransition(rule.entity, type, rule.from, rule.to, role, allTrue));
    expect(e.code).toBe('ACCESS_DENIED');
  });

  it.each(allowed.filter((c) => c.rule.when))('refuses $label while a condition is unmet', ({ rule, type, role }) => {
    for (const condition of rule.when ?? []) {
      const facts = { ...allTrue, [condition]: false };
      const e = caught(() => checkTransition(rule.entity, type, rule.from, rule.to, role, facts));
      expect(e.code).toBe('ILLEGAL_STATUS_TRANSITION');
      expect(e.text.nb).toContain(TRANSITION_CONDITIONS[condition as TransitionCondition].nb);
    }
    // No facts at all is not "no conditions": it fails closed.
    expect(caught(() => checkTransition(rule.entity, type, rule.from, rule.to, role)).code).toBe('ILLEGAL_STATUS_TRANSITION');
  });

  it('has forbidden pairs to check', () => expect(forbidden.length).toBeGreaterThan(200));

  it.each(forbidden)('refuses $label for every role', ({ entity, type, from, to }) => {
    for (const role of ROLLER) {
      expect(caught(() => checkTransition(entity, type, from, to, role, allTrue)).code).toBe('ILLEGAL_STATUS_TRANSITION');
    }
  });

  it('names both statuses in the message', () => {
    const e = caught(() => checkTransition('journalpost', 'U', 'J', 'R', 'ARK'));
    expect(e.text.nb).toBe('Kan ikke endre journalstatus fra Journalført til Reservert dokument for utgående dokument.');
    expect(e.text.en).toBe(
      'Cannot change record status from Registered in journal (J) to Reserved document (R) for journalposttype Outgoing document.',
    );
  });

  it('tells a case worker who may close a case', () => {
    const e = caught(() => checkTransition('saksmappe', null, 'S', 'A', 'SB', allTrue));
    expect(e.code).toBe('ACCESS_DENIED');
    expect(e.text.nb).toBe(
      'Rollen Saksbehandler kan ikke endre saksstatus fra Avsluttet av saksbehandler til Avsluttet. Det kan bare arkivar.',
    );
  });

  it('explains an unmet closing condition', () => {
    const e = caught(() => checkTransition('saksmappe', null, 'B', 'S', 'SB', { allRecordsWrittenOff: false }));
    expect(e.text.nb).toBe(
      'Kan ikke endre saksstatus fra Under behandling til Avsluttet av saksbehandler: alle inngående dokumenter og N-notater i saken må være avskrevet.',
    );
  });

  it('lists every unmet condition at once', () => {
    const e = caught(() => checkTransition('journalpost', 'I', 'M', 'J', 'ARK', {}));
    expect(e.text.nb).toContain(TRANSITION_CONDITIONS.noTemporaryScreening.nb);
    expect(e.text.nb).toContain(TRANSITION_CONDITIONS.documentsFinalised.nb);
  });

  it('refuses creating an object in a status it cannot start in', () => {
    const e = caught(() => checkTransition('journalpost', 'I', null, 'J', 'SB', allTrue));
    expect(e.code).toBe('ACCESS_DENIED');
    expect(caught(() => checkTransition('saksmappe', null, null, 'A', 'ARK')).text.nb).toBe(
      'Kan ikke opprette saksmappe med saksstatus Avsluttet.',
    );
  });

  it('treats setting the same status as a mistake', () => {
    const e = caught(() => checkTransition('saksmappe', null, 'B', 'B', 'ARK'));
    expect(e.code).toBe('ILLEGAL_STATUS_TRANSITION');
    expect(e.text.nb).toBe('Saksmappen har allerede saksstatus Under behandling.');
  });

  it('rejects unknown codes as bad input', () => {
    expect(caught(() => checkTransition('saksmappe', null, 'B', 'Z' as 'A', 'ARK')).code).toBe('VALIDATION_FAILED');
    expect(caught(() => checkTransition('saksmappe', null, 'M' as 'B', 'A', 'ARK')).code).toBe('VALIDATION_FAILED');
    expect(caught(() => checkTransition('journalpost', null, 'R', 'F', 'SB')).code).toBe('VALIDATION_FAILED');
    expect(caught(() => checkTransition('saksmappe', 'I', 'R', 'B', 'ARK')).code).toBe('VALIDATION_FAILED');
  });

  it('refuses an unknown role', () => {
    expect(caught(() => checkTransition('saksmappe', null, 'R', 'B', 'XYZ' as Rolle)).code).toBe('ACCESS_DENIED');
  });
});
