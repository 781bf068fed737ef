import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inTenant } from '../../src/db/tenant.js';
import { recordRun } from '../../src/features/uttrekk/record-run.js';
import { packageDir, uttrekkDir } from '../../src/features/uttrekk/uttrekk-dir.js';
import { uttrekkRepository as runs } from '../../src/features/uttrekk/uttrekk-repository.js';
import { uttrekkSourceRepository } from '../../src/features/uttrekk/uttrekk-source-repository.js';
import type { Ctx } from '../../src/shared/context.js';

/**
 * n finished extractions of the cases' arkivdel, each with a package folder
 * and a deposit report where the background job puts them (the files are
 * stand-ins: the count is of SQL). The last one's id.
 */
export async function finishedExtractions(app: FastifyInstance, ark: Ctx, arkivdelId: string, n: number): Promise<{ uttrekkId: string }> {
  const org = ark.role.organisasjonId;
  const root = uttrekkDir(app.deps.config);
  let uttrekkId = '';
  for (let i = 0; i < n; i++) {
    uttrekkId = await inTenant(ark, async (tx) => {
      const arkivdeler = (await uttrekkSourceRepository.arkivdeler(tx, org)).filter((d) => d.id === arkivdelId);
      const id = crypto.randomUUID();
      await recordRun(ark, tx, { id, arkivdeler, periode: null, out: packageDir(root, org, id) });
      const result = { antallMapper: n, antallRegistreringer: n, antallDokumentfiler: 0, sjekksumArkivuttrekk: '0'.repeat(64) };
      await runs.finishRun(tx, org, id, result);
      return id;
    });
    const dir = packageDir(root, org, uttrekkId);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'arkivuttrekk.xml'), '<addml/>');
    fs.writeFileSync(`${dir}.deponeringsrapport.md`, '# Deponeringsrapport\n');
  }
  return { uttrekkId };
}
