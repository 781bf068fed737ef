import type { Message } from '../../../shared/errors.js';
import type { ChangeDecision, ChangeReason } from './change-rule.js';

type Refusal = Exclude<ChangeDecision, { allowed: true }>;

const TEXT: Record<ChangeReason, (r: Refusal) => Message> = {
  READ_ONLY_ROLE: () => ({
    nb: 'Rollen din gir bare lesetilgang; du kan ikke endre saker eller journalposter.',
    en: 'Your role gives read access only; you cannot change cases or records.',
  }),
  NOT_RESPONSIBLE: () => ({
    nb: 'Bare arkivet, saksansvarlig, saksbehandleren og ledere ved enheten kan endre dette.',
    en: 'Only the archive, the case owner, the case worker and leaders of the unit may change this.',
  }),
  ARCHIVE_ONLY: () => ({ nb: 'Bare arkivet kan gjøre dette.', en: 'Only the archive may do this.' }),
  LEADERS_ONLY: () => ({
    nb: 'Bare leder eller stedfortreder for enheten kan avgjøre en midlertidig sperret journalpost.',
    en: "Only the unit's leader or deputy may decide on a temporarily blocked record.",
  }),
  ARCHIVE_OR_OWNER: () => ({
    nb: 'Bare arkivet eller saksansvarlig kan flytte et dokument til sikker sone.',
    en: 'Only the archive or the case owner may move a document into the secure zone.',
  }),
  SCREENING_RESPONSIBLE: () => ({
    nb: 'Bare arkivet, saksansvarlig og ledere ved enheten kan endre skjermingen.',
    en: 'Only the archive, the case owner and leaders of the unit may change the screening.',
  }),
  CASE_CLOSED: () => ({
    nb: 'Saken er avsluttet. Arkivet må gjenåpne saken før den kan endres eller få nye journalposter.',
    en: 'The case is closed. The archive must reopen it before it can be changed or receive new records.',
  }),
  JOURNALFOERT_ARCHIVE_ONLY: () => ({
    nb: 'Journalposten er journalført (eller utgått) og kan bare rettes av arkivet.',
    en: 'The record is registered in the journal (or void) and can only be corrected by the archive.',
  }),
  ARCHIVED: (r) => ({
    nb: `Journalposten er arkivert og kan ikke endres (Noark 5 krav ${r.krav.join(', ')}).`,
    en: `The record is archived and cannot be changed (Noark 5 requirement ${r.krav.join(', ')}).`,
  }),
  FIELDS_FROZEN: (r) => ({
    nb: `Feltene ${r.felt.join(', ')} kan ikke endres i denne journalstatusen (Noark 5 krav ${r.krav.join(', ')}).`,
    en: `The fields ${r.felt.join(', ')} cannot change in this record status (Noark 5 requirement ${r.krav.join(', ')}).`,
  }),
  DOCUMENT_FINALISED: (r) => ({
    nb: `Dokumentet er ferdigstilt; innholdet kan ikke endres (Noark 5 krav ${r.krav.join(', ')}).`,
    en: `The document is finalised; its content cannot change (Noark 5 requirement ${r.krav.join(', ')}).`,
  }),
};

/** The user's explanation of a refusal, in bokmål and English. */
export function changeRefusalText(refusal: Refusal): Message {
  return TEXT[refusal.reason](refusal);
}
