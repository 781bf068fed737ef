import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { updateJournalpost } from '../../src/features/journalpost/update-journalpost.js';
import {
  JOURNALPOSTTYPE,
  JOURNALSTATUS,
  SAKSSTATUS,
  TRANSITIONS,
  type JournalpostRule,
  type Journalposttype,
  type Journalstatus,
  type SaksmappeRule,
  type Saksstatus,
} from '../../src/features/noark/domain/index.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import type { Ctx } from '../../src/shared/context.js';
import { ROLLER, type Rolle } from '../../src/shared/roles.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { as, createCase, seedRecordsWorld, unitId } from './records-world.js';

/*
 * Every row of the transition table (TRANSITIONS) is exercised through the
 * use cases, for every role it allows; every role it does not allow is
 * refused; and every pair of statuses the table does not name is refused.
 */

const AUTHORS: Rolle[] = ['SB', 'LED', 'SF', 'MS'];
const sakRules = TRANSITIONS.filter((r): r is SaksmappeRule => r.entity === 'saksmappe');
const jpRules = TRANSITIONS.filter((r): r is JournalpostRule => r.entity === 'journalpost');

describe(`status transitions through the use cases (${engineName()})`, () => {
  let handle: DatabaseHandle;
  const ctx = {} as Record<Rolle, Ctx>;
  const containers = {} as Record<'SB' | 'MS', string>;
  /** The case a role's records are registered in. */
  const container = (role: Rolle) => containers[role === 'MS' ? 'MS' : 'SB'];

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    for (const r of ROLLER) ctx[r] = await as(handle, 'valer', r);
    // The change rule lets the acting author work here: SB owns the BYGG case (LED and SF lead BYGG), MS owns its own.
    const bygg = await unitId(ctx.ARK, 'BYGG');
    for (const owner of ['SB', 'MS'] as const) {
      const saksansvarligId = ctx[owner].actor.brukerId;
      containers[owner] = (
        await createCase(ctx.ARK, { tittel: 'Saken journalpostene ligger i', saksansvarligId, administrativEnhetId: bygg })
      ).id;
    }
  });
  afterAll(async () => handle.close());

  /** A case in `status`, owned by `owner` (so an author may act on it). */
  async function caseIn(status: Saksstatus, owner: Ctx): Promise<string> {
    const saksansvarligId = owner.actor.brukerId;
    if (status === 'R') return (await createCase(ctx.SB, { saksansvarligId })).id;
    const id = (await createCase(ctx.ARK, { saksansvarligId })).id;
    if (status === 'S') await changeSaksstatus(owner, id, { saksstatus: 'S' });
    if (status === 'A' || status === 'U') await changeSaksstatus(ctx.ARK, id, { saksstatus: status });
    return id;
  }
  const ownerFor = (r: Rolle) => (AUTHORS.includes(r) ? ctx[r] : ctx.SB);

  describe('saksmappe', () => {
    for (const rule of sakRules) {
      for (const role of rule.allowedRoles) {
        it(`${rule.from ?? 'new'} → ${rule.to} by ${role}`, async () => {
          if (rule.from === null) {
            expect((await createCase(ctx[role])).saksstatus).toBe(rule.to);
            return;
          }
          const id = await caseIn(rule.from, ownerFor(role));
          expect((await changeSaksstatus(ctx[role], id, { saksstatus: rule.to })).saksstatus).toBe(rule.to);
        });
      }
      const refused = ROLLER.filter((r) => !rule.allowedRoles.includes(r));
      it(`${rule.from ?? 'new'} → ${rule.to} is refused for ${refused.join(', ')}`, async () => {
        for (const role of refused) {
          if (rule.from === null) {
            // A role creates in one status only; ARK's R or an author's B is never made, and SYS/LES make none.
            if (role !== 'ARK' && !AUTHORS.includes(role))
              await expect(createCase(ctx[role])).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
            continue;
          }
          const id = await caseIn(rule.from, ownerFor(role));
          await expect(changeSaksstatus(ctx[role], id, { saksstatus: rule.to })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
        }
      });
    }

    it('refuses every status pair the table does not name', async () => {
      for (const from of ['R', 'B', 'S', 'A', 'U'] as const) {
        const id = await caseIn(from, ctx.SB);
        for (const { code: to } of SAKSSTATUS) {
          if (sakRules.some((r) => r.from === from && r.to === to)) continue;
          for (const role of ['ARK', 'SB'] as const) {
            await expect(changeSaksstatus(ctx[role], id, { saksstatus: to }), `${from}→${to} by ${role}`).rejects.toMatchObject({
              code: 'ILLEGAL_STATUS_TRANSITION',
            });
          }
        }
      }
    });

    it('refuses closing while a record is unfinished, and voiding while a record is live', async () => {
      const id = (await createCase(ctx.ARK, { saksansvarligId: ctx.SB.actor.brukerId })).id;
      const draft = await registerJournalpost(ctx.SB, id, { journalposttype: 'U', tittel: 'Utkast' });
      await expect(changeSaksstatus(ctx.ARK, id, { saksstatus: 'A' })).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
      await expect(changeSaksstatus(ctx.ARK, id, { saksstatus: 'U' })).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
      await changeJournalstatus(ctx.SB, draft.id, { journalstatus: 'U' });
      await changeSaksstatus(ctx.ARK, id, { saksstatus: 'U' });
    });

    it('archives the journalførte records when the case is closed', async () => {
      const id = (await createCase(ctx.ARK)).id;
      const incoming = await registerJournalpost(ctx.ARK, id, { journalposttype: 'I', tittel: 'Brev', dokumentmedium: 'F' });
      expect(incoming.journalstatus).toBe('J');
      await changeSaksstatus(ctx.ARK, id, { saksstatus: 'A' });
      const archived = await changeJournalstatus(ctx.ARK, incoming.id, { journalstatus: 'U' }).catch((e: { code: string }) => e.code);
      expect(archived).toBe('CASE_CLOSED');
      await changeSaksstatus(ctx.ARK, id, { saksstatus: 'B' });
      await expect(changeJournalstatus(ctx.ARK, incoming.id, { journalstatus: 'U' })).rejects.toMatchObject({
        code: 'ILLEGAL_STATUS_TRANSITION',
      });
    });
  });

  describe('journalpost', () => {
    /** The path from creation to each status: [status, who acts] steps; `author` stands for the acting author or SB. */
    const PATHS: Record<'I' | 'OWN', Partial<Record<Journalstatus, [Journalstatus, 'ARK' | 'author'][]>>> = {
      I: {
        M: [['M', 'ARK']],
        S: [['S', 'author']],
        J: [['J', 'ARK']],
        U: [
          ['M', 'ARK'],
          ['U', 'ARK'],
        ],
        A: [
          ['J', 'ARK'],
          ['A', 'ARK'],
        ],
      },
      OWN: {
        R: [['R', 'author']],
        F: [
          ['R', 'author'],
          ['F', 'author'],
        ],
        E: [
          ['R', 'author'],
          ['F', 'author'],
          ['E', 'author'],
        ],
        J: [
          ['R', 'author'],
          ['F', 'author'],
          ['J', 'ARK'],
        ],
        U: [
          ['R', 'author'],
          ['U', 'author'],
        ],
        A: [
          ['R', 'author'],
          ['F', 'author'],
          ['J', 'ARK'],
          ['A', 'ARK'],
        ],
      },
    };

    async function recordIn(type: Journalposttype, status: Journalstatus, actor: Rolle): Promise<string> {
      const author = AUTHORS.includes(actor) ? ctx[actor] : ctx.SB;
      const steps = PATHS[type === 'I' ? 'I' : 'OWN'][status]!;
      const [first, ...rest] = steps;
      const who = (w: 'ARK' | 'author') => (w === 'ARK' ? ctx.ARK : author);
      const row = await registerJournalpost(who(first![1]), container(actor), {
        journalposttype: type,
        tittel: `${type} i ${status}`,
        journalstatus: first![0],
        // Letters are journalført with their main document or as paper-only (plausibility.test.ts): here, paper.
        ...(first![0] === 'J' ? { dokumentmedium: 'F' as const } : {}),
        // Dispatch (→ E) needs someone to send to: here by print, the channel proposed without an address.
        ...(type === 'I' ? {} : { korrespondanseparter: [{ korrespondanseparttype: 'EM' as const, navn: 'Ola Mottaker' }] }),
      });
      if (first![0] !== 'J' && (type === 'I' || type === 'U')) await updateJournalpost(ctx.ARK, row.id, { dokumentmedium: 'F' });
      for (const [s, w] of rest) await changeJournalstatus(who(w), row.id, { journalstatus: s });
      return row.id;
    }

    for (const rule of jpRules) {
      for (const type of rule.types) {
        for (const role of rule.allowedRoles) {
          it(`${type}: ${rule.from ?? 'new'} → ${rule.to} by ${role}`, async () => {
            if (rule.from === null) {
              const row = await registerJournalpost(ctx[role], container(role), {
                journalposttype: type,
                tittel: 'Ny',
                journalstatus: rule.to,
                ...(rule.to === 'J' ? { dokumentmedium: 'F' as const } : {}),
              });
              expect(row.journalstatus).toBe(rule.to);
              return;
            }
            const id = await recordIn(type, rule.from, role);
            expect((await changeJournalstatus(ctx[role], id, { journalstatus: rule.to })).journalstatus).toBe(rule.to);
          });
        }
      }
      const type = rule.types[0]!;
      const refused = ROLLER.filter((r) => !rule.allowedRoles.includes(r));
      it(`${rule.types.join('')}: ${rule.from ?? 'new'} → ${rule.to} is refused for ${refused.join(', ')}`, async () => {
        const id = rule.from === null ? null : await recordIn(type, rule.from, 'SB');
        for (const role of refused) {
          const attempt =
            id === null
              ? registerJournalpost(ctx[role], container(role), { journalposttype: type, tittel: 'Ny', journalstatus: rule.to })
              : changeJournalstatus(ctx[role], id, { journalstatus: rule.to });
          await expect(attempt, role).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
        }
      });
    }

    for (const { code: type } of JOURNALPOSTTYPE) {
      it(`${type}: refuses every status pair the table does not name`, async () => {
        for (const from of Object.keys(PATHS[type === 'I' ? 'I' : 'OWN']) as Journalstatus[]) {
          const id = await recordIn(type, from, 'SB');
          for (const { code: to } of JOURNALSTATUS) {
            if (jpRules.some((r) => r.types.includes(type) && r.from === from && r.to === to)) continue;
            for (const role of ['ARK', 'SB'] as const) {
              await expect(changeJournalstatus(ctx[role], id, { journalstatus: to }), `${from}→${to} by ${role}`).rejects.toMatchObject({
                code: 'ILLEGAL_STATUS_TRANSITION',
              });
            }
          }
        }
      });
    }

    it('keeps incoming post with access code XX temporary (M) until a leader has decided the screening', async () => {
      const row = await registerJournalpost(ctx.ARK, container('SB'), { journalposttype: 'I', tittel: 'Sensitivt', tilgangskode: 'XX' });
      expect(row.journalstatus).toBe('M');
      await expect(changeJournalstatus(ctx.ARK, row.id, { journalstatus: 'J' })).rejects.toMatchObject({
        code: 'ILLEGAL_STATUS_TRANSITION',
      });
    });
  });
});
