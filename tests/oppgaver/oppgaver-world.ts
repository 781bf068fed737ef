import { createUser } from '../../src/features/organisations/create-user.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import type { Ctx } from '../../src/shared/context.js';
import { ctxFor, systemCtxFor } from '../support/world.js';
import { as, createCase, unitId } from '../records/records-world.js';

/** Våler's people for the routine: the archive, BYGG's leader and deputy, two case workers in BYGG, and the leader of another unit. */
export interface Crew {
  ark: Ctx;
  led: Ctx;
  sf: Ctx;
  sb: Ctx;
  sb2: Ctx;
  bygg: string;
  tek: string;
}

let seq = 0;

/** Adds a second case worker to BYGG (and other people the tests name) through the system owner. */
export async function crewOf(handle: DatabaseHandle): Promise<Crew> {
  const sys = await systemCtxFor(handle, 'valer');
  const ark = await as(handle, 'valer', 'ARK');
  const bygg = await unitId(ark, 'BYGG');
  const tek = await unitId(ark, 'TEK');
  const brukernavn = `valer.sb2.${++seq}`;
  await createUser(sys, {
    brukernavn,
    navn: `Siri Andre ${seq}`,
    epost: `${brukernavn}@example.no`,
    passord: 'passord123',
    rolle: 'SB',
    enhetId: bygg,
  });
  return {
    ark,
    led: await as(handle, 'valer', 'LED'),
    sf: await as(handle, 'valer', 'SF'),
    sb: await as(handle, 'valer', 'SB'),
    sb2: await ctxFor(handle, brukernavn, 'valer', 'SB'),
    bygg,
    tek,
  };
}

/** The archive registers an incoming letter in a new case of `enhetId` (so it goes to the unit's leader). */
export async function letterInNewCase(crew: Crew, tittel = 'Søknad om tilbygg', enhetId = crew.bygg) {
  const sak = await createCase(crew.ark, { tittel: `Sak: ${tittel}`, administrativEnhetId: enhetId });
  const jp = await registerJournalpost(crew.ark, sak.id, {
    journalposttype: 'I',
    tittel,
    korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Ola Avsender' }],
  });
  return { sak, jp };
}

/** An existing case owned by `owner` (a case worker), and a new incoming letter the archive registers in it. */
export async function letterOnExistingCase(crew: Crew, owner: Ctx, tittel = 'Ettersendt tegning') {
  const sak = await createCase(owner, { tittel: `Sak: ${tittel}` });
  await registerJournalpost(owner, sak.id, {
    journalposttype: 'U',
    tittel: 'Svar',
    korrespondanseparter: [{ korrespondanseparttype: 'EM', navn: 'Ola' }],
  });
  const jp = await registerJournalpost(crew.ark, sak.id, {
    journalposttype: 'I',
    tittel,
    korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Ola Avsender' }],
  });
  return { sak, jp };
}
