import type { Tx } from '../../db/tenant.js';
import { CAPS } from '../../shared/caps.js';

/** Arkiv, arkivdel, klassifikasjonssystem and klasse: the only SQL of the archive structure. */
export const arkivstrukturRepository = {
  listArkiver(tx: Tx, orgId: string) {
    return tx
      .selectFrom('arkiv')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .orderBy('opprettet_dato')
      .limit(CAPS.arkiver.max)
      .execute();
  },

  findArkiv(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('arkiv').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  findArkivByTittel(tx: Tx, orgId: string, tittel: string) {
    return tx.selectFrom('arkiv').selectAll().where('organisasjon_id', '=', orgId).where('tittel', '=', tittel).executeTakeFirst();
  },

  insertArkiv(tx: Tx, row: { organisasjon_id: string; tittel: string; beskrivelse: string | null; opprettet_av: string }) {
    return tx.insertInto('arkiv').values(row).returningAll().executeTakeFirstOrThrow();
  },

  listArkivdeler(tx: Tx, orgId: string) {
    return tx
      .selectFrom('arkivdel')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .orderBy('kortnavn')
      .limit(CAPS.arkivdeler.max)
      .execute();
  },

  findArkivdel(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('arkivdel').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  findArkivdelByKortnavn(tx: Tx, orgId: string, kortnavn: string) {
    return tx.selectFrom('arkivdel').selectAll().where('organisasjon_id', '=', orgId).where('kortnavn', '=', kortnavn).executeTakeFirst();
  },

  insertArkivdel(
    tx: Tx,
    row: {
      organisasjon_id: string;
      arkiv_id: string;
      kortnavn: string;
      tittel: string;
      beskrivelse: string | null;
      arkivdelstatus: string;
      arkivperiode_start_dato: string | null;
      arkivperiode_slutt_dato: string | null;
      standard_tilgangskode: string | null;
      opprettet_av: string;
      referanse_forloeper?: string | null;
      oppbevaringssted?: string | null;
    },
  ) {
    return tx.insertInto('arkivdel').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** Links a classification system to an archive part; linking twice changes nothing. */
  async linkKlassifikasjonssystem(
    tx: Tx,
    row: { organisasjon_id: string; arkivdel_id: string; klassifikasjonssystem_id: string; primaer: boolean },
  ) {
    await tx
      .insertInto('arkivdel_klassifikasjonssystem')
      .values(row)
      .onConflict((oc) => oc.columns(['arkivdel_id', 'klassifikasjonssystem_id', 'organisasjon_id']).doNothing())
      .execute();
  },

  /** The systems each archive part uses, primary first. */
  listArkivdelSystemer(tx: Tx, orgId: string) {
    return tx
      .selectFrom('arkivdel_klassifikasjonssystem')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .orderBy('primaer', 'desc')
      .execute();
  },

  /** The systems one archive part uses, with their value format, primary first. */
  listSystemerForArkivdel(tx: Tx, orgId: string, arkivdelId: string) {
    return tx
      .selectFrom('arkivdel_klassifikasjonssystem as l')
      .innerJoin('klassifikasjonssystem as k', 'k.id', 'l.klassifikasjonssystem_id')
      .select(['k.id', 'k.tittel', 'k.verdiformat', 'l.primaer'])
      .where('l.organisasjon_id', '=', orgId)
      .where('l.arkivdel_id', '=', arkivdelId)
      .orderBy('l.primaer', 'desc')
      .execute();
  },

  listKlassifikasjonssystemer(tx: Tx, orgId: string) {
    return tx
      .selectFrom('klassifikasjonssystem')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .orderBy('tittel')
      .limit(CAPS.klassifikasjonssystemer.max)
      .execute();
  },

  findKlassifikasjonssystem(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('klassifikasjonssystem').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  findKlassifikasjonssystemByKortnavn(tx: Tx, orgId: string, kortnavn: string) {
    return tx
      .selectFrom('klassifikasjonssystem')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('kortnavn', '=', kortnavn)
      .executeTakeFirst();
  },

  insertKlassifikasjonssystem(
    tx: Tx,
    row: {
      organisasjon_id: string;
      kortnavn: string;
      klassifikasjonstype: string;
      tittel: string;
      beskrivelse: string | null;
      verdiformat: string | null;
      opprettet_av: string;
    },
  ) {
    return tx.insertInto('klassifikasjonssystem').values(row).returningAll().executeTakeFirstOrThrow();
  },

  listKlasser(tx: Tx, orgId: string, systemId: string) {
    return tx
      .selectFrom('klasse')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('klassifikasjonssystem_id', '=', systemId)
      .orderBy('klasse_id')
      .limit(CAPS.klasser.max)
      .execute();
  },

  findKlasse(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('klasse').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  /** Whether a class has subclasses: a case may be classed only on the lowest level (Noark 5 krav 2.4.4). */
  async hasUnderklasser(tx: Tx, orgId: string, klasseId: string): Promise<boolean> {
    const row = await tx
      .selectFrom('klasse')
      .select('id')
      .where('organisasjon_id', '=', orgId)
      .where('overordnet_klasse_id', '=', klasseId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  findKlasseByKlasseId(tx: Tx, orgId: string, systemId: string, klasseId: string) {
    return tx
      .selectFrom('klasse')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('klassifikasjonssystem_id', '=', systemId)
      .where('klasse_id', '=', klasseId)
      .executeTakeFirst();
  },

  insertKlasse(
    tx: Tx,
    row: {
      organisasjon_id: string;
      klassifikasjonssystem_id: string;
      overordnet_klasse_id: string | null;
      klasse_id: string;
      tittel: string;
      beskrivelse: string | null;
      opprettet_av: string;
    },
  ) {
    return tx.insertInto('klasse').values(row).returningAll().executeTakeFirstOrThrow();
  },
};
