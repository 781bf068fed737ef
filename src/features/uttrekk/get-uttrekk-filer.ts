import fs from 'node:fs';
import path from 'node:path';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { UTTREKK_ROLES } from './export-arkivuttrekk.js';
import { getArkivuttrekk } from './get-arkivuttrekk.js';
import { packageDir } from './uttrekk-dir.js';

/** The files of a finished extraction to download: the package folder and its deposit report. */
export interface UttrekkFiler {
  pakke: string;
  deponeringsrapport: string;
  /** The download's name: the arkivdeler's short names and the day it finished. */
  navn: string;
}

/**
 * A finished extraction's files, for the archive to download (issue 17 item
 * 8: the deposit report filed with the deposit). Only runs made by the
 * background job, kept under the extractions' folder, are served: a CLI
 * run's package lies where its operator put it, outside what the server
 * hands out.
 */
export async function getUttrekkFiler(ctx: Ctx, root: string, id: string): Promise<UttrekkFiler> {
  requireRole(ctx, UTTREKK_ROLES, { nb: 'laste ned arkivuttrekk', en: 'download archival extractions' });
  const { run, arkivdeler } = await getArkivuttrekk(ctx, id);
  if (run.status !== 'fullført') {
    throw new DomainError('CONFLICT', {
      nb: 'Arkivuttrekket er ikke ferdig; bare et fullført uttrekk kan lastes ned.',
      en: 'The extraction has not finished; only a finished extraction can be downloaded.',
    });
  }
  const pakke = packageDir(root, run.organisasjon_id, run.id);
  const deponeringsrapport = `${pakke}.deponeringsrapport.md`;
  if (path.resolve(run.utdata_katalog) !== pakke || !fs.existsSync(pakke) || !fs.existsSync(deponeringsrapport)) {
    throw notFound({ nb: 'arkivuttrekkets filer på tjeneren', en: "the extraction's files on the server" }, id);
  }
  const dag = (run.fullfoert_dato ? new Date(run.fullfoert_dato) : new Date()).toISOString().slice(0, 10);
  return { pakke, deponeringsrapport, navn: `arkivuttrekk-${arkivdeler.map((d) => d.kortnavn).join('-')}-${dag}` };
}
