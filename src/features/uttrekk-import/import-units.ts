import type { Insertable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import {
  mapSaksmappe,
  type ImportedDokumentobjekt,
  type ImportedMerknad,
  type ImportedRegistrering,
  type ImportedSaksmappe,
  type Skjerming,
} from './domain/map-units.js';
import { dokumentRepository as dokumenter } from '../dokumenter/dokument-repository.js';
import { storeDokumentfil, type StoredFile } from './import-files.js';
import { importRepository as repo } from './import-repository.js';
import { IdAllocator, noteUnmapped, type ImportState } from './import-state.js';
import type { XNode } from './xml/xml-units.js';

/** A case as read from the stream, with where it sits in the structure. */
export interface UnitItem {
  node: XNode;
  klasse: { id: string; verdi: string } | null;
}

type Rows<T extends keyof DB> = Insertable<DB[T]>[];

interface Batch {
  saksmappe: Rows<'saksmappe'>;
  part: Rows<'part'>;
  journalpost: Rows<'journalpost'>;
  korrespondansepart: Rows<'korrespondansepart'>;
  merknad: Rows<'merknad'>;
  dokumentbeskrivelse: Rows<'dokumentbeskrivelse'>;
  fil: Rows<'fil'>;
  dokumentobjekt: Rows<'dokumentobjekt'>;
}

/**
 * The screening columns of an object: its own skjerming, or — when the
 * package gives none — its parent's, marked as inherited (Noark 5: a
 * skjerming applies to what lies below; our own registering does the same).
 */
function screening(own: Skjerming | null, parent: Skjerming | null, inheritable: boolean) {
  const s = own ?? parent;
  return {
    tilgangskode: s?.tilgangskode ?? null,
    skjermingshjemmel: s?.skjermingshjemmel ?? null,
    skjerming_metadata: s?.skjermingMetadata ?? [],
    skjerming_dokument: s?.skjermingDokument ?? false,
    skjerming_varighet: s?.skjermingVarighet ?? null,
    skjerming_opphoerer: s?.skjermingOpphoerer ?? null,
    ...(inheritable ? { skjerming_arvet: own === null && parent !== null } : {}),
  };
}

const timestamp = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value) : undefined;

/**
 * Imports a batch of cases (with their parties, records, correspondence
 * parties, remarks and documents) into one arkivdel in one transaction, and
 * records in the same transaction how far the import has come, so an
 * interruption loses at most this batch and a re-run starts after it.
 */
export async function importUnits(state: ImportState, arkivdelId: string, items: UnitItem[], unitsDone: number): Promise<void> {
  const unmapped = noteUnmapped(state);
  const saker = items.flatMap((item) => {
    const sak = mapSaksmappe(item.node, unmapped);
    return sak ? [{ item, sak }] : [];
  });
  const files = new Map<ImportedDokumentobjekt, StoredFile | null>();
  for (const { sak } of saker) {
    for (const objekt of sak.registreringer.flatMap((r) => r.dokumenter.flatMap((d) => d.objekter)))
      files.set(objekt, await storeDokumentfil(state, objekt));
  }
  await inTenant(state.ctx, async (tx) => {
    await repo.allowImportInto(tx, arkivdelId);
    const ids = new IdAllocator(state);
    const regs = saker.flatMap(({ sak }) => sak.registreringer);
    const doks = regs.flatMap((r) => r.dokumenter);
    await ids.prepare(
      tx,
      'saksmappe',
      saker.map(({ sak }) => sak.systemId),
    );
    await ids.prepare(
      tx,
      'journalpost',
      regs.map((r) => r.systemId),
    );
    await ids.prepare(
      tx,
      'dokumentbeskrivelse',
      doks.map((d) => d.systemId),
    );
    await ids.prepare(
      tx,
      'dokumentobjekt',
      doks.flatMap((d) => d.objekter.map((o) => o.systemId)),
    );
    const batch: Batch = {
      saksmappe: [],
      part: [],
      journalpost: [],
      korrespondansepart: [],
      merknad: [],
      dokumentbeskrivelse: [],
      fil: [],
      dokumentobjekt: [],
    };
    const builder = new RowBuilder(state, ids, batch, files, unmapped);
    for (const { item, sak } of saker) builder.saksmappe(sak, arkivdelId, item.klasse);
    for (const table of Object.keys(batch) as (keyof Batch)[]) {
      if (table === 'fil') {
        // Content already catalogued (the same attachment twice) is catalogued once, as an upload would.
        for (const row of batch.fil) await dokumenter.catalogueFil(tx, row);
      } else {
        await repo.insert(tx, table, batch[table] as never);
      }
    }
    await repo.addMappings(tx, ids.mappings);
    await repo.setProgress(tx, state.org, state.importId, unitsDone, state.ikkeKartlagt);
  });
}

class RowBuilder {
  constructor(
    private readonly state: ImportState,
    private readonly ids: IdAllocator,
    private readonly batch: Batch,
    private readonly files: Map<ImportedDokumentobjekt, StoredFile | null>,
    private readonly unmapped: (what: string) => void,
  ) {}

  private get actor() {
    return this.state.ctx.actor.brukerId;
  }

  saksmappe(sak: ImportedSaksmappe, arkivdelId: string, klasse: UnitItem['klasse']): void {
    const org = this.state.org;
    const id = this.ids.take('saksmappe', sak.systemId, { mappeID: sak.mappeId, ...sak.named });
    const numbers = this.journalpostnummer(sak.registreringer);
    this.batch.saksmappe.push({
      id,
      organisasjon_id: org,
      arkivdel_id: arkivdelId,
      saksaar: sak.saksaar,
      sakssekvensnummer: sak.sakssekvensnummer,
      tittel: sak.tittel,
      offentlig_tittel: sak.offentligTittel,
      beskrivelse: sak.beskrivelse,
      saksdato: sak.saksdato,
      administrativ_enhet_id: this.state.enhetId,
      saksansvarlig_id: this.actor,
      journalenhet: sak.journalenhet,
      saksstatus: sak.saksstatus,
      primaer_klasse_id: klasse?.id ?? null,
      primaer_klasseverdi: klasse?.verdi ?? null,
      ...screening(sak.skjerming, null, false),
      siste_journalpostnummer: Math.max(0, ...numbers),
      opprettet_dato: timestamp(sak.opprettetDato),
      opprettet_av: this.actor,
      avsluttet_dato: timestamp(sak.avsluttetDato) ?? null,
      avsluttet_av: sak.avsluttetDato ? this.actor : null,
    });
    for (const p of sak.parter) {
      this.batch.part.push({
        organisasjon_id: org,
        saksmappe_id: id,
        part_id: p.partId,
        part_navn: p.partNavn,
        part_rolle: p.partRolle,
        postadresse: p.postadresse,
        postnummer: p.postnummer,
        poststed: p.poststed,
        land: p.land,
        epostadresse: p.epostadresse,
        telefonnummer: p.telefonnummer,
        kontaktperson: p.kontaktperson,
        opprettet_av: this.actor,
      });
    }
    this.merknader('saksmappe', id, sak.merknader);
    sak.registreringer.forEach((r, i) => this.journalpost(r, id, sak, numbers[i]!));
    this.state.counts.mapper++;
  }

  /** The records' numbers within the case; a record without one gets the next free number (reported). */
  private journalpostnummer(regs: ImportedRegistrering[]): number[] {
    const used = new Set<number>();
    let next = Math.max(0, ...regs.map((r) => r.journalpostnummer ?? 0));
    return regs.map((r) => {
      if (r.journalpostnummer !== null && !used.has(r.journalpostnummer)) {
        used.add(r.journalpostnummer);
        return r.journalpostnummer;
      }
      this.unmapped('registrering uten (entydig) journalpostnummer: nytt nummer gitt');
      used.add(++next);
      return next;
    });
  }

  private journalpost(r: ImportedRegistrering, saksmappeId: string, sak: ImportedSaksmappe, journalpostnummer: number): void {
    const org = this.state.org;
    const id = this.ids.take('journalpost', r.systemId, r.named);
    const numbered = r.registreringstype === 'journalpost' && r.journalaar !== null && r.journalsekvensnummer !== null;
    if (r.registreringstype === 'journalpost' && !numbered)
      this.unmapped('journalpost uten journalår/sekvensnummer: lagret som arkivnotat');
    this.batch.journalpost.push({
      id,
      organisasjon_id: org,
      saksmappe_id: saksmappeId,
      registreringstype: numbered ? 'journalpost' : 'arkivnotat',
      journalaar: numbered ? r.journalaar : null,
      journalsekvensnummer: numbered ? r.journalsekvensnummer : null,
      journalpostnummer,
      journalposttype: r.journalposttype,
      journalstatus: r.journalstatus,
      journaldato: r.journaldato ?? sak.saksdato,
      tittel: r.tittel,
      offentlig_tittel: r.offentligTittel,
      beskrivelse: r.beskrivelse,
      dokumentets_dato: r.dokumentetsDato,
      mottatt_dato: timestamp(r.mottattDato) ?? null,
      sendt_dato: timestamp(r.sendtDato) ?? null,
      forfallsdato: r.forfallsdato,
      offentlighetsvurdert_dato: r.offentlighetsvurdertDato,
      antall_vedlegg: r.antallVedlegg,
      administrativ_enhet_id: this.state.enhetId,
      journalenhet: r.journalenhet,
      dokumentmedium: r.dokumentmedium,
      ...screening(r.skjerming, sak.skjerming, true),
      opprettet_dato: timestamp(r.opprettetDato),
      opprettet_av: this.actor,
      arkivert_dato: timestamp(r.arkivertDato) ?? null,
      arkivert_av: r.arkivertDato ? this.actor : null,
    });
    for (const k of r.korrespondanseparter) {
      this.batch.korrespondansepart.push({
        organisasjon_id: org,
        journalpost_id: id,
        korrespondanseparttype: k.korrespondanseparttype,
        navn: k.navn,
        postadresse: k.postadresse,
        postnummer: k.postnummer,
        poststed: k.poststed,
        land: k.land,
        epostadresse: k.epostadresse,
        telefonnummer: k.telefonnummer,
        kontaktperson: k.kontaktperson,
        opprettet_av: this.actor,
      });
    }
    this.merknader('journalpost', id, r.merknader);
    this.dokumenter(r, id, r.skjerming ?? sak.skjerming);
    this.state.counts.registreringer++;
  }

  private dokumenter(r: ImportedRegistrering, journalpostId: string, recordScreening: Skjerming | null): void {
    const used = new Set<number>();
    let next = Math.max(0, ...r.dokumenter.map((d) => d.dokumentnummer ?? 0));
    for (const d of r.dokumenter) {
      const dokumentnummer = d.dokumentnummer !== null && !used.has(d.dokumentnummer) ? d.dokumentnummer : ++next;
      used.add(dokumentnummer);
      const id = this.ids.take('dokumentbeskrivelse', d.systemId, d.named);
      this.batch.dokumentbeskrivelse.push({
        id,
        organisasjon_id: this.state.org,
        journalpost_id: journalpostId,
        dokumenttype: d.dokumenttype,
        dokumentstatus: d.dokumentstatus,
        tittel: d.tittel,
        beskrivelse: d.beskrivelse,
        forfatter: d.forfatter,
        tilknyttet_registrering_som: d.tilknyttetRegistreringSom,
        dokumentnummer,
        tilknyttet_dato: timestamp(d.tilknyttetDato),
        tilknyttet_av: this.actor,
        ...screening(d.skjerming, recordScreening, true),
        opprettet_dato: timestamp(d.opprettetDato),
        opprettet_av: this.actor,
      });
      this.merknader('dokumentbeskrivelse', id, d.merknader);
      this.state.counts.dokumenter++;
      const variants = new Set<string>();
      for (const o of d.objekter) {
        const file = this.files.get(o);
        const key = `${o.versjonsnummer}/${o.variantformat}`;
        if (!file) continue;
        if (variants.has(key)) {
          this.unmapped('dokumentobjekt med samme versjon og variant to ganger');
          continue;
        }
        variants.add(key);
        this.batch.fil.push({
          organisasjon_id: this.state.org,
          sjekksum: file.sha256,
          filstoerrelse: file.size,
          mime_type: file.mimeType,
          format: o.format,
        });
        this.batch.dokumentobjekt.push({
          id: this.ids.take('dokumentobjekt', o.systemId, o.named),
          organisasjon_id: this.state.org,
          dokumentbeskrivelse_id: id,
          versjonsnummer: o.versjonsnummer,
          variantformat: o.variantformat,
          format: o.format,
          format_detaljer: o.formatDetaljer,
          filnavn: file.filnavn,
          mime_type: file.mimeType,
          sjekksum: file.sha256,
          filstoerrelse: file.size,
          opprettet_dato: timestamp(o.opprettetDato),
          opprettet_av: this.actor,
          konvertert_fra_format: o.konvertering?.fraFormat ?? null,
          konverteringsverktoey: o.konvertering?.verktoey ?? null,
        });
        this.state.counts.filer++;
      }
    }
  }

  private merknader(objektType: 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse', objektId: string, merknader: ImportedMerknad[]): void {
    for (const m of merknader) {
      this.batch.merknad.push({
        organisasjon_id: this.state.org,
        objekt_type: objektType,
        objekt_id: objektId,
        merknadstekst: m.merknadstekst,
        merknadstype: m.merknadstype,
        merknadsdato: timestamp(m.merknadsdato),
        merknad_registrert_av: this.actor,
      });
    }
  }
}
