import { sql, type Insertable, type Selectable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import { CAPS } from '../../shared/caps.js';
import { formatJournalpostId } from '../noark/domain/numbering.js';
import type { BrevhodeTable, BrevmalTable } from './tables.js';

/** A template without its file: what lists and pages show. */
export type BrevmalRow = Omit<Selectable<BrevmalTable>, 'innhold'> & { opprettet_av_navn: string | null };

const LISTED = [
  'b.id',
  'b.organisasjon_id',
  'b.navn',
  'b.maltype',
  'b.beskrivelse',
  'b.filnavn',
  'b.filstoerrelse',
  'b.sjekksum',
  'b.flettefelt',
  'b.versjon',
  'b.aktiv',
  'b.opprettet_dato',
  'b.opprettet_av',
  'b.endret_dato',
  'b.endret_av',
] as const;

/** The organisation's templates as lists and pages show them (without the file), with who made each. */
const listed = (tx: Tx, org: string) =>
  tx
    .selectFrom('brevmal as b')
    .leftJoin('bruker as u', 'u.id', 'b.opprettet_av')
    .select([...LISTED, 'u.navn as opprettet_av_navn'])
    .where('b.organisasjon_id', '=', org);

export const malerRepository = {
  /** The organisation's templates, active first, by kind and name; capped where they are written (CAPS.brevmaler). */
  list(tx: Tx, org: string, filter: { maltyper?: readonly string[] | undefined; aktiv?: boolean | undefined }): Promise<BrevmalRow[]> {
    let q = listed(tx, org);
    if (filter.maltyper) q = q.where('b.maltype', 'in', filter.maltyper.length > 0 ? [...filter.maltyper] : ['']);
    if (filter.aktiv !== undefined) q = q.where('b.aktiv', '=', filter.aktiv);
    return q.orderBy('b.aktiv', 'desc').orderBy('b.maltype').orderBy('b.navn').limit(CAPS.brevmaler.max).execute();
  },

  find(tx: Tx, org: string, id: string, lock = false): Promise<BrevmalRow | undefined> {
    let q = listed(tx, org).where('b.id', '=', id);
    if (lock) q = q.forUpdate('b');
    return q.executeTakeFirst();
  },

  async content(tx: Tx, org: string, id: string): Promise<Buffer | undefined> {
    const row = await tx.selectFrom('brevmal').select('innhold').where('organisasjon_id', '=', org).where('id', '=', id).executeTakeFirst();
    return row ? Buffer.from(row.innhold) : undefined;
  },

  async activeNameTaken(tx: Tx, org: string, navn: string, except?: string): Promise<boolean> {
    let q = tx.selectFrom('brevmal').select('id').where('organisasjon_id', '=', org).where('aktiv', '=', true).where('navn', '=', navn);
    if (except) q = q.where('id', '<>', except);
    return (await q.executeTakeFirst()) !== undefined;
  },

  async insert(tx: Tx, row: Insertable<BrevmalTable>): Promise<string> {
    return (await tx.insertInto('brevmal').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },

  async update(
    tx: Tx,
    org: string,
    id: string,
    by: string,
    patch: Partial<Pick<Insertable<BrevmalTable>, 'navn' | 'beskrivelse' | 'aktiv'>>,
  ): Promise<void> {
    await tx
      .updateTable('brevmal')
      .set({ ...patch, endret_dato: sql`now()`, endret_av: by })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .execute();
  },

  /** A new file for the template: the version counts up. */
  async replaceFile(
    tx: Tx,
    org: string,
    id: string,
    by: string,
    file: Pick<Insertable<BrevmalTable>, 'filnavn' | 'innhold' | 'filstoerrelse' | 'sjekksum' | 'flettefelt'>,
  ): Promise<void> {
    await tx
      .updateTable('brevmal')
      .set({ ...file, versjon: sql`versjon + 1`, endret_dato: sql`now()`, endret_av: by })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .execute();
  },

  /** «dokument 1 i 2026/123-4»: how a job names the document it works on. */
  async documentLabel(tx: Tx, org: string, dokumentbeskrivelseId: string): Promise<string> {
    const row = await tx
      .selectFrom('dokumentbeskrivelse as d')
      .innerJoin('journalpost as j', (join) =>
        join.onRef('j.id', '=', 'd.journalpost_id').onRef('j.organisasjon_id', '=', 'd.organisasjon_id'),
      )
      .innerJoin('saksmappe as s', (join) => join.onRef('s.id', '=', 'j.saksmappe_id').onRef('s.organisasjon_id', '=', 'j.organisasjon_id'))
      .select(['d.dokumentnummer', 'j.journalpostnummer', 's.saksaar', 's.sakssekvensnummer'])
      .where('d.organisasjon_id', '=', org)
      .where('d.id', '=', dokumentbeskrivelseId)
      .executeTakeFirstOrThrow();
    return `dokument ${row.dokumentnummer} i ${formatJournalpostId(row.saksaar, row.sakssekvensnummer, row.journalpostnummer)}`;
  },

  brevhode(tx: Tx, org: string): Promise<Selectable<BrevhodeTable> | undefined> {
    return tx.selectFrom('brevhode').selectAll().where('organisasjon_id', '=', org).executeTakeFirst();
  },

  async saveBrevhode(tx: Tx, row: Insertable<BrevhodeTable>): Promise<void> {
    const { organisasjon_id: _, ...fields } = row;
    await tx
      .insertInto('brevhode')
      .values(row)
      .onConflict((oc) => oc.column('organisasjon_id').doUpdateSet({ ...fields, endret_dato: sql`now()` }))
      .execute();
  },
};
