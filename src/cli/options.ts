import type { SystemCtx } from '../shared/context.js';
import { fieldError } from '../shared/errors.js';
import { isRolle, ROLLER } from '../shared/roles.js';
import { systemOwnerCtx } from '../shared/system-actor.js';
import { organisationRepository as orgRepo } from '../features/organisations/organisation-repository.js';
import { offentligJournalRepository } from '../features/offentlig-journal/offentlig-journal-repository.js';

export type Options = Record<string, { type: 'string' }>;
export type Values = Record<string, string | undefined>;

export interface Command {
  summary: string;
  options: Options;
  /** The name under which the command's one positional argument (e.g. a directory) arrives in `values`. */
  positional?: string;
  run(sys: SystemCtx, values: Values): Promise<unknown>;
}

/** A command that works on files only: no database is opened, positional arguments are allowed, it sets the exit code. */
export interface FileCommand {
  summary: string;
  options: Options;
  run(values: Values, positionals: string[]): Promise<{ output: string; exitCode: number }>;
}

export const opts = (...names: string[]): Options => Object.fromEntries(names.map((n) => [n, { type: 'string' as const }]));

export function required(values: Values, name: string): string {
  const value = values[name];
  if (!value) throw fieldError(`--${name}`, 'må oppgis', 'is required');
  return value;
}

/** The organisation named by --org (short name), as the system owner acting there. */
export async function orgCtx(sys: SystemCtx, values: Values) {
  const kortnavn = required(values, 'org');
  const org = await orgRepo.findOrganisationByKortnavn(sys.db, kortnavn);
  if (!org) throw fieldError('--org', `ukjent organisasjon «${kortnavn}»`, `unknown organisation "${kortnavn}"`);
  return systemOwnerCtx(sys.db, org.id, sys.log);
}

export async function unitId(sys: SystemCtx, orgId: string, kortnavn: string | undefined) {
  if (!kortnavn) return null;
  const unit = await orgRepo.findUnitByKortnavn(sys.db, orgId, kortnavn.toUpperCase());
  if (!unit) throw fieldError('--enhet', `ukjent enhet «${kortnavn}»`, `unknown unit "${kortnavn}"`);
  return unit.id;
}

export function rolle(values: Values) {
  const value = required(values, 'rolle').toUpperCase();
  if (!isRolle(value)) throw fieldError('--rolle', `må være en av ${ROLLER.join(', ')}`, `must be one of ${ROLLER.join(', ')}`);
  return value;
}

/** An optional --name date 'YYYY-MM-DD'. */
export function isoDate(values: Values, name: string): string | undefined {
  const value = values[name];
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw fieldError(`--${name}`, 'må være ÅÅÅÅ-MM-DD', 'must be YYYY-MM-DD');
  return value;
}

/** --org as an organisation number (9 digits) or a short name: the organisation's number and id. */
export async function organisation(sys: SystemCtx, values: Values) {
  const org = required(values, 'org');
  const digits = org.replace(/\s/g, '');
  const found = /^\d{9}$/.test(digits)
    ? await offentligJournalRepository.findOrganisation(sys.db, digits)
    : await orgRepo.findOrganisationByKortnavn(sys.db, org);
  if (!found) throw fieldError('--org', `ukjent organisasjon «${org}»`, `unknown organisation "${org}"`);
  return found;
}
