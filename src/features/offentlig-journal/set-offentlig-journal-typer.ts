import type { SystemCtx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { offentligJournalRepository as repo } from './offentlig-journal-repository.js';

/** The record types a public journal may show: I and U always, N and X by the organisation's choice. */
const ALWAYS = ['I', 'U'];
const OPTIONAL = ['N', 'X'];

/**
 * Sets which record types the organisation's public journal shows: I and U
 * always (offentleglova), N and X where it chooses to (seed 001 chooses not
 * to). Installation-level administration (the CLI), like creating the organisation.
 */
export async function setOffentligJournalTyper(ctx: SystemCtx, organisasjonId: string, typer: readonly string[]): Promise<string[]> {
  const unknown = typer.filter((t) => !ALWAYS.includes(t) && !OPTIONAL.includes(t));
  if (unknown.length > 0) {
    throw fieldError(
      'typer',
      `ukjent journalposttype ${unknown.join(', ')}: velg blant N og X`,
      `unknown record type ${unknown.join(', ')}: choose among N and X`,
    );
  }
  const chosen = [...ALWAYS, ...OPTIONAL.filter((t) => typer.includes(t))];
  await repo.setTyper(ctx.db, organisasjonId, chosen);
  return chosen;
}
