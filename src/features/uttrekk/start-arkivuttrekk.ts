import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { inTenant } from '../../db/tenant.js';
import { jobRepository } from '../../jobs/job-repository.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { UTTREKK_ROLES } from './export-arkivuttrekk.js';
import { recordRun } from './record-run.js';
import { selectArkivdeler } from './select-arkivdeler.js';
import { packageDir } from './uttrekk-dir.js';
import { uttrekkSourceRepository as src } from './uttrekk-source-repository.js';
import { UTTREKK_JOB, uttrekkRepository as runs } from './uttrekk-repository.js';

/**
 * Issue 17 item 4: the archive asks for an extraction of a closed arkivdel
 * from the web client. The run is recorded as waiting and a background job
 * queued in the same transaction (it survives a restart); the job carries
 * it out with the same use case as the CLI (`exportArkivuttrekk`). One
 * extraction per arkivdel at a time.
 */
export async function startArkivuttrekk(ctx: Ctx, root: string, arkivdelId: string) {
  requireRole(ctx, UTTREKK_ROLES, { nb: 'lage arkivuttrekk', en: 'make an archival extraction' });
  const orgId = ctx.role.organisasjonId;
  const id = randomUUID();
  const out = packageDir(root, orgId, id);
  const run = await inTenant(ctx, async (tx) => {
    const arkivdeler = selectArkivdeler(await src.arkivdeler(tx, orgId), arkivdelId);
    await recordRun(ctx, tx, { id, arkivdeler, periode: null, out, fase: 'venter' });
    // Two tries: the second is a restart after the process died in the first; a run that fails is not tried again.
    await jobRepository.enqueue(tx, { organisasjonId: orgId, type: UTTREKK_JOB, nokkel: id, data: { uttrekkId: id }, maksForsok: 2 });
    return { run: await runs.findRun(tx, orgId, id), arkivdeler: await runs.arkivdelerOf(tx, orgId, [id]) };
  });
  if (!run.run) throw notFound({ nb: 'arkivuttrekket', en: 'the extraction' }, id);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  return { run: run.run, arkivdeler: run.arkivdeler };
}
