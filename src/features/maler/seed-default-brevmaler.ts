import { Readable } from 'node:stream';
import type { Ctx } from '../../shared/context.js';
import { createBrevmal } from './create-brevmal.js';
import { MALTYPER } from './domain/brevmal-kinds.js';
import { DEFAULT_TEMPLATES, defaultTemplateDocx } from './domain/default-templates.js';
import { getBrevhode, type BrevhodeInput } from './get-brevhode.js';
import { listBrevmaler } from './list-brevmaler.js';
import { updateBrevhode } from './update-brevhode.js';

/**
 * Gives an organisation the default template of each kind it has none of,
 * and its letterhead's address when none is set (the demo loader; the
 * system owner's own are left alone). Through the use cases, as the system
 * owner; idempotent.
 */
export async function seedDefaultBrevmaler(ctx: Ctx, brevhode?: BrevhodeInput): Promise<void> {
  const existing = new Set((await listBrevmaler(ctx, { medInaktive: true })).map((m) => m.maltype));
  for (const maltype of MALTYPER) {
    if (existing.has(maltype)) continue;
    const upload = { stream: Readable.from([defaultTemplateDocx(maltype)]), filnavn: `${DEFAULT_TEMPLATES[maltype].navn}.docx` };
    await createBrevmal(ctx, { navn: DEFAULT_TEMPLATES[maltype].navn, maltype }, upload);
  }
  if (brevhode && Object.values(await getBrevhode(ctx)).every((v) => v === null)) await updateBrevhode(ctx, brevhode);
}
