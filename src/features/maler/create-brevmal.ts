import { assertRoomFor } from '../../db/caps-repository.js';
import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import type { Upload } from '../dokumenter/upload.js';
import { checkMaltype, checkNavnFree, templateText } from './brevmal-input.js';
import { ADMINISTER_TEMPLATES, MAL_ADMINS } from './domain/brevmal-rules.js';
import { malerRepository as repo, type BrevmalRow } from './maler-repository.js';
import { readTemplateUpload } from './read-template-upload.js';

export interface CreateBrevmalInput {
  navn: string;
  maltype: string;
  beskrivelse?: string | undefined;
}

/** The system owner uploads a DOCX as a new template of the organisation; it is checked before it is stored. */
export async function createBrevmal(ctx: Ctx, input: CreateBrevmalInput, upload: Upload): Promise<BrevmalRow> {
  requireRole(ctx, MAL_ADMINS, ADMINISTER_TEMPLATES);
  const maltype = checkMaltype(input.maltype);
  const navn = templateText(input.navn, 'navn', 200, true)!;
  const beskrivelse = templateText(input.beskrivelse, 'beskrivelse', 2000, false);
  const file = await readTemplateUpload(upload, maltype);
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    await checkNavnFree(tx, org, navn);
    await assertRoomFor(tx, 'brevmaler', org);
    const id = await repo.insert(tx, {
      organisasjon_id: org,
      navn,
      maltype,
      beskrivelse,
      filnavn: file.filnavn,
      innhold: file.innhold,
      filstoerrelse: file.filstoerrelse,
      sjekksum: file.sjekksum,
      flettefelt: file.flettefelt,
      opprettet_av: ctx.actor.brukerId,
    });
    return (await repo.find(tx, org, id))!;
  });
}
