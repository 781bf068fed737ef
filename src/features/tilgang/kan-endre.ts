import { z } from 'zod';
import { mayChange, type ChangeActor, type ChangeKind, type ChangeTarget } from './domain/change-rule.js';

/*
 * `kanEndre` in case and record bodies: what the reader may change now, as
 * the change rule says, so the UI can hide the buttons it would refuse. The
 * rule still decides again on every write.
 */

const CASE_KINDS = ['saksmappe', 'registrer', 'merknad', 'skjerming', 'status'] as const satisfies readonly ChangeKind[];
const RECORD_KINDS = [
  'journalpost',
  'korrespondansepart',
  'merknad',
  'dokument',
  'skjerming',
  'personsensitiv',
  'status',
  'utgaar',
  'flytt',
] as const satisfies readonly ChangeKind[];

const flags = <K extends string>(kinds: readonly K[]) =>
  z.object(Object.fromEntries(kinds.map((k) => [k, z.boolean()])) as Record<K, z.ZodBoolean>);
export const SaksmappeKanEndreBody = flags(CASE_KINDS);
export const JournalpostKanEndreBody = flags(RECORD_KINDS);

/** Who reads, as the presenters know them. */
export interface KanEndreReader {
  brukerId: string;
  rolle: ChangeActor['rolle'];
  administrativEnhetId: string | null;
}

function kanEndre<K extends ChangeKind>(reader: KanEndreReader, target: ChangeTarget, kinds: readonly K[]): Record<K, boolean> {
  const actor: ChangeActor = { brukerId: reader.brukerId, rolle: reader.rolle, enhetId: reader.administrativEnhetId };
  return Object.fromEntries(kinds.map((k) => [k, mayChange(actor, target, k).allowed])) as Record<K, boolean>;
}

export const saksmappeKanEndre = (reader: KanEndreReader, target: ChangeTarget) => kanEndre(reader, target, CASE_KINDS);
export const journalpostKanEndre = (reader: KanEndreReader, target: ChangeTarget) => kanEndre(reader, target, RECORD_KINDS);
