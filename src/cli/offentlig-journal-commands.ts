import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { exportOffentligJournal } from '../features/offentlig-journal/export-offentlig-journal.js';
import { setOffentligJournalTyper } from '../features/offentlig-journal/set-offentlig-journal-typer.js';
import { fieldError } from '../shared/errors.js';
import { opts, organisation, required, type Command, type Values } from './options.js';

/** A required --name calendar date 'YYYY-MM-DD' that exists. */
function calendarDate(values: Values, name: string): string {
  const value = required(values, name);
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw fieldError(`--${name}`, 'må være en dato ÅÅÅÅ-MM-DD', 'must be a date YYYY-MM-DD');
  }
  return value;
}

export const OFFENTLIG_JOURNAL_COMMANDS: Record<string, Command> = {
  'offentlig-journal': {
    summary: 'Offentlig journal som Noark 5 offentligJournal-XML: --org ORGNR|KORTNAVN --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --out FIL',
    options: opts('org', 'from', 'to', 'out'),
    run: async (sys, v) => {
      const org = await organisation(sys, v);
      const out = required(v, 'out');
      const { chunks } = await exportOffentligJournal(sys, {
        organisasjonsnummer: org.organisasjonsnummer,
        fra: calendarDate(v, 'from'),
        til: calendarDate(v, 'to'),
      });
      // Written beside the target and renamed when whole: a failed export leaves no half file under its name.
      const partial = `${out}.partial`;
      try {
        await pipeline(Readable.from(chunks), fs.createWriteStream(partial));
        fs.renameSync(partial, out);
      } catch (error) {
        fs.rmSync(partial, { force: true });
        throw error;
      }
      return `Offentlig journal for ${org.navn} skrevet til ${out}`;
    },
  },
  'set-offentlig-journal': {
    summary: 'Velg journalposttyper i offentlig journal (I og U alltid): --org ORGNR|KORTNAVN --typer I,U[,N][,X]',
    options: opts('org', 'typer'),
    run: async (sys, v) => {
      const org = await organisation(sys, v);
      const typer = required(v, 'typer')
        .split(',')
        .map((t) => t.trim().toUpperCase())
        .filter(Boolean);
      return `Offentlig journal for ${org.navn} viser ${(await setOffentligJournalTyper(sys, org.id, typer)).join(', ')}`;
    },
  },
};
