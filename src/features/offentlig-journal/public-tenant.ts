import type { Database } from '../../db/open-database.js';
import { inTenant, type Tx } from '../../db/tenant.js';
import type { SystemCtx } from '../../shared/context.js';
import { fieldError, notFound } from '../../shared/errors.js';
import { addDays, osloDate } from '../saksmappe/oslo-calendar.js';
import { offentligJournalRepository as repo, type JournalFilter } from './offentlig-journal-repository.js';

/** Nobody: the public has no user, so its reads carry no one's id (they write nothing). */
const PUBLIC_ID = '00000000-0000-0000-0000-00000000000f';

/**
 * A read-only transaction in one organisation's tenant for the public: the
 * same row-level security as a user's (saksgang_app, the organisation set),
 * with no user and no role behind it.
 */
export function inPublicTenant<T>(db: Database, organisasjonId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenant(
    {
      db,
      actor: { brukerId: PUBLIC_ID, brukernavn: 'offentlig', navn: 'Allmennheten' },
      role: { rolletildelingId: PUBLIC_ID, organisasjonId, administrativEnhetId: null, rolle: 'LES' },
    },
    work,
  );
}

/** What the public asks for: an organisation, a date range (default: the last two weeks) and words to search. */
export interface JournalQuery {
  organisasjonsnummer: string;
  fra?: string | undefined;
  til?: string | undefined;
  q?: string | undefined;
  /** Only the records of these arkivdeler (an arkivuttrekk's offentligJournal.xml). */
  arkivdelIder?: readonly string[] | undefined;
  /** In number order (the arkivuttrekk's, krav 6.4.30) instead of date order. */
  nummerorden?: boolean | undefined;
}

/** Days the journal shows when no range is asked for: today and the 13 before. */
export const DEFAULT_DAYS = 14;

/** The organisation and the filter of a query; 404 for an unknown organisation, 400 for a range that ends before it starts. */
export async function resolveJournal(ctx: SystemCtx, query: JournalQuery) {
  const org = await repo.findOrganisation(ctx.db, query.organisasjonsnummer);
  if (!org) throw notFound({ nb: 'organisasjonen', en: 'the organisation' }, query.organisasjonsnummer);
  const til = query.til ?? (query.fra ? addDays(query.fra, DEFAULT_DAYS - 1) : osloDate(ctx.now()));
  const fra = query.fra ?? addDays(til, -(DEFAULT_DAYS - 1));
  if (fra > til) throw fieldError('fra', 'kan ikke være etter til-datoen', 'must not be after the to date');
  const ord = (query.q ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 10);
  const filter: JournalFilter = {
    orgId: org.id,
    typer: org.offentlig_journal_typer,
    fra,
    til,
    ord,
    arkivdelIder: query.arkivdelIder,
    nummerorden: query.nummerorden,
  };
  return { org, filter };
}
