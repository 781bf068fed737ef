import { describe, expect, it } from 'vitest';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { crewOf, type Crew } from './oppgaver-world.js';
import { createUser } from '../../src/features/organisations/create-user.js';
import { systemCtxFor } from '../support/world.js';

/** «Kopi til» (seed 002, 10.7): a copy recipient reads the record in full, screened or not, and nothing else of the case. */
describe(`copies and the read rule (${engineName()})`, () => {
  let team: ValerTeam;
  let crew: Crew;
  valerTeam((t) => (team = t));

  it('lets a copy recipient read a screened record, its worklist row and its change log in full; before the copy only the public form', async () => {
    crew = await crewOf(team.handle);
    const sys = await systemCtxFor(team.handle, 'valer');
    await createUser(sys, { brukernavn: 'valer.kopi', navn: 'Kari Kopi', passord: 'passord123', rolle: 'SB', enhetId: crew.tek });
    const app = await createTestApp(team.handle);
    const reader = await loginAs(app, 'valer.kopi', 'passord123');
    const sak = await createCase(crew.sb, { tittel: 'Personalsak' });
    const jp = await registerJournalpost(crew.sb, sak.id, {
      journalposttype: 'I',
      tittel: 'Legeerklæring qzkopi',
      tilgangskode: 'P',
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Lege' }],
    });
    const before = await reader.request('GET', `/api/journalposter/${jp.id}`);
    expect(before.json()).toMatchObject({ fullTilgang: false });
    expect(before.body).not.toContain('qzkopi');

    const sent = await team.sb.request('POST', `/api/journalposter/${jp.id}/kopi`, {
      mottakere: [{ brukerId: reader.session.bruker.id }],
      merknad: 'Til orientering',
    });
    expect(sent.statusCode).toBe(200);
    const after = await reader.request('GET', `/api/journalposter/${jp.id}`);
    expect(after.json()).toMatchObject({ fullTilgang: true, tittel: 'Legeerklæring qzkopi' });
    const log = await reader.request('GET', `/api/journalposter/${jp.id}/endringslogg`);
    expect(log.statusCode).toBe(200);
    expect(log.body).toContain('qzkopi');
    const ctx = { ...crew.sb, actor: { brukerId: reader.session.bruker.id, brukernavn: 'valer.kopi', navn: 'Kari Kopi' } };
    const role = reader.session.roller.find((r) => r.rolle === 'SB')!;
    const row = (
      await listArbeidsliste({ ...ctx, role: { ...crew.sb.role, rolletildelingId: role.id, administrativEnhetId: crew.tek } }, 'kopier', {
        side: 1,
        perSide: 10,
      })
    ).items.find((i) => i.journalpost?.id === jp.id);
    expect(row).toMatchObject({ tittel: 'Legeerklæring qzkopi', fullTilgang: true });
    await app.close();
  });
});
