import type { Rolle } from '../../../shared/roles.js';

export interface ScreeningReader {
  brukerId: string;
  rolle: Rolle;
  administrativEnhetId: string | null;
}

export interface ScreeningRecord {
  saksbehandler_id: string | null;
  administrativ_enhet_id: string | null;
}

export interface ScreeningCase {
  saksansvarlig_id: string;
  administrativ_enhet_id: string;
}

/**
 * Whether a reader may see the names of a record's screened correspondence
 * parties: the archive, the record's saksbehandler, the case's saksansvarlig,
 * and leaders (LED, SF) of the record's or the case's unit. Everyone else
 * sees «Skjermet». The access capability (access groups, creator, internal
 * contacts, unit hierarchy) replaces this one function later.
 */
export function maySeeScreenedParties(reader: ScreeningReader, record: ScreeningRecord, saksmappe: ScreeningCase): boolean {
  if (reader.rolle === 'ARK') return true;
  if (reader.brukerId === record.saksbehandler_id || reader.brukerId === saksmappe.saksansvarlig_id) return true;
  if (reader.rolle !== 'LED' && reader.rolle !== 'SF') return false;
  const unit = reader.administrativEnhetId;
  return unit !== null && (unit === record.administrativ_enhet_id || unit === saksmappe.administrativ_enhet_id);
}

/** What a reader who may not see a screened party is shown instead of its name. */
export const SKJERMET = 'Skjermet';
