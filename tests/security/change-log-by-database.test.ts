import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { CHANGE_LOG_FIELDS, DATABASE_LOGGED } from '../../src/features/noark/domain/change-log-fields.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, createCase, valerTeam } from '../records/records-world.js';
import { engineName } from '../support/test-db.js';
import { asAppRole, refusal } from './app-role.js';

interface LogRow {
  objekt_type: string;
  felt: string;
  tidligere_verdi: string | null;
  ny_verdi: string | null;
  endret_dato: Date;
  endret_av: string;
  endret_av_navn: string;
}

describe(`the database writes the change log (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let ark: Ctx;

  valerTeam((team) => {
    ({ handle, ark } = team);
  });

  async function journalfoert() {
    const sak = await createCase(ark);
    return registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: 'Klage på vedtak', dokumentmedium: 'F' });
  }

  const logOf = async (objektId: string) =>
    (
      await sql<LogRow>`SELECT objekt_type, felt, tidligere_verdi, ny_verdi, endret_dato, endret_av, endret_av_navn
        FROM endringslogg WHERE objekt_id = ${objektId} ORDER BY id`.execute(handle.db)
    ).rows;
  const dbNow = async () => (await sql<{ now: Date }>`SELECT now() AS now`.execute(handle.db)).rows[0]!.now;

  it('logs a direct UPDATE of a journalført record’s title, with the actor of the transaction and the database clock', async () => {
    const record = await journalfoert();
    const before = (await logOf(record.id)).length;
    await asAppRole(ark, sql`UPDATE journalpost SET tittel = 'Klage på vedtak om skjenkebevilling' WHERE id = ${record.id}`);
    const rows = (await logOf(record.id)).slice(before);
    expect(rows).toEqual([
      expect.objectContaining({
        objekt_type: 'journalpost',
        felt: 'tittel',
        tidligere_verdi: 'Klage på vedtak',
        ny_verdi: 'Klage på vedtak om skjenkebevilling',
        endret_av: ark.actor.brukerId,
        endret_av_navn: ark.actor.navn,
      }),
    ]);
    expect(Math.abs((await dbNow()).getTime() - new Date(rows[0]!.endret_dato).getTime())).toBeLessThan(60_000);
  });

  it('logs changes to an archived record and to its screening the same way', async () => {
    const record = await journalfoert();
    await changeJournalstatus(ark, record.id, { journalstatus: 'A' });
    const before = (await logOf(record.id)).length;
    await asAppRole(ark, sql`UPDATE journalpost SET offentlig_tittel = 'Klage', tilgangskode = 'U' WHERE id = ${record.id}`);
    expect((await logOf(record.id)).slice(before).map((r) => [r.objekt_type, r.felt, r.tidligere_verdi, r.ny_verdi])).toEqual([
      ['journalpost', 'offentligTittel', null, 'Klage'],
      ['skjerming', 'tilgangsrestriksjon', null, 'U'],
    ]);
    expect((await logOf(record.id)).find((r) => r.felt === 'journalstatus' && r.ny_verdi === 'A')).toBeDefined();
  });

  it('logs the other skjerming fields too (Noark M502–M505): what is screened, the whole document, duration and end', async () => {
    const record = await journalfoert();
    expect((await logOf(record.id)).filter((r) => r.objekt_type === 'skjerming')).toEqual([]);
    await asAppRole(
      ark,
      sql`UPDATE journalpost SET skjerming_metadata = '{TRO,NA}', skjerming_dokument = true, skjerming_varighet = 60,
        skjerming_opphoerer = '2086-01-01' WHERE id = ${record.id}`,
    );
    const screening = async () =>
      (await logOf(record.id)).filter((r) => r.objekt_type === 'skjerming').map((r) => [r.felt, r.tidligere_verdi, r.ny_verdi]);
    expect(await screening()).toEqual([
      ['skjermingMetadata', null, 'NA, TRO'],
      ['skjermingDokument', null, 'H'],
      ['skjermingsvarighet', null, '60'],
      ['skjermingOpphoererDato', null, '2086-01-01'],
    ]);
    // A set: reordering is no change.
    await asAppRole(ark, sql`UPDATE journalpost SET skjerming_metadata = '{NA,TRO}' WHERE id = ${record.id}`);
    expect(await screening()).toHaveLength(4);
  });

  it('refuses a direct INSERT into the change log, and any UPDATE or DELETE of it', async () => {
    const record = await journalfoert();
    const forged = await refusal(
      ark,
      sql`INSERT INTO endringslogg (organisasjon_id, objekt_type, objekt_id, felt, tidligere_verdi, ny_verdi, endret_dato, endret_av, endret_av_navn)
        VALUES (${ark.role.organisasjonId}::uuid, 'journalpost', ${record.id}::uuid, 'tittel', 'x', 'y', '2001-01-01', ${ark.actor.brukerId}::uuid, 'Leder')`,
    );
    expect(forged.code).toBe('42501');
    expect((await refusal(ark, sql`UPDATE endringslogg SET endret_dato = '2001-01-01'`)).code).toBe('42501');
    expect((await refusal(ark, sql`DELETE FROM endringslogg`)).code).toBe('42501');
  });

  it('stamps time and actor itself when the application logs an object, so neither can be forged', async () => {
    const record = await journalfoert();
    const before = (await logOf(record.id)).length;
    const entry = JSON.stringify([
      { felt: 'referanseArkivdel', tidligereVerdi: 'a', nyVerdi: 'b', endretDato: '2001-01-01', endretAv: 'x' },
    ]);
    await asAppRole(ark, sql`SELECT skriv_endringslogg('journalpost', ${record.id}::uuid, ${entry}::jsonb)`);
    const [row] = (await logOf(record.id)).slice(before);
    expect(row).toMatchObject({ felt: 'referanseArkivdel', endret_av: ark.actor.brukerId, endret_av_navn: ark.actor.navn });
    expect(new Date(row!.endret_dato).getFullYear()).toBe((await dbNow()).getFullYear());
  });

  it('refuses a log row for a field the database logs itself, or for no logged field at all', async () => {
    const record = await journalfoert();
    for (const felt of ['tittel', 'journalstatus', 'finnesIkke']) {
      const entry = JSON.stringify([{ felt, tidligereVerdi: 'a', nyVerdi: 'b' }]);
      const error = await refusal(ark, sql`SELECT skriv_endringslogg('journalpost', ${record.id}::uuid, ${entry}::jsonb)`);
      expect(error.code, felt).toBe('SG002');
    }
  });

  it('refuses a change in a tenant transaction without an actor, or naming someone of another organisation', async () => {
    const record = await journalfoert();
    const asnesLeader = await as(handle, 'asnes', 'LED');
    const noActor = { ...ark, actor: { ...ark.actor, brukerId: '' } };
    expect((await refusal(noActor, sql`UPDATE journalpost SET tittel = 'Uten aktør' WHERE id = ${record.id}`)).code).toBe('SG002');
    const stranger = { ...ark, actor: asnesLeader.actor };
    expect((await refusal(stranger, sql`UPDATE journalpost SET tittel = 'Fremmed' WHERE id = ${record.id}`)).code).toBe('SG002');
  });

  it('keeps the registry of logged fields equal to CHANGE_LOG_FIELDS', async () => {
    const registry = (
      await sql<{ objekt_type: string; felt: string; tabell: string | null }>`
        SELECT objekt_type, felt, tabell FROM endringslogg_felt ORDER BY posisjon, tabell`.execute(handle.db)
    ).rows;
    const distinct = [...new Set(registry.map((r) => `${r.objekt_type}.${r.felt}`))];
    const expected = Object.entries(CHANGE_LOG_FIELDS).flatMap(([type, fields]) => fields.map((f) => `${type}.${f.felt}`));
    expect(distinct).toEqual(expected);
    const byDatabase = new Set(registry.filter((r) => r.tabell !== null).map((r) => r.objekt_type));
    expect([...byDatabase].sort()).toEqual([...DATABASE_LOGGED].sort());
  });
});
