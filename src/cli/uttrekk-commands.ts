import { loadConfig } from '../config.js';
import { createDocumentStores } from '../features/sikker-sone/document-stores.js';
import { exportArkivuttrekk } from '../features/uttrekk/export-arkivuttrekk.js';
import { systemOwnerCtx } from '../shared/system-actor.js';
import { opts, organisation, required, type Command } from './options.js';

export const UTTREKK_COMMANDS: Record<string, Command> = {
  uttrekk: {
    summary:
      'Arkivuttrekk (Noark 5 v5.0) av avsluttede arkivdeler: --org ORGNR|KORTNAVN [--arkivdel KORTNAVN|ID] [--from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD] --out MAPPE',
    options: opts('org', 'arkivdel', 'from', 'to', 'out'),
    run: async (sys, v) => {
      const org = await organisation(sys, v);
      const ctx = systemOwnerCtx(sys.db, org.id, sys.log);
      const r = await exportArkivuttrekk(ctx, createDocumentStores(loadConfig(), sys.log), {
        arkivdel: v.arkivdel,
        fra: v.from,
        til: v.to,
        out: required(v, 'out'),
      });
      return (
        `Arkivuttrekk av ${org.navn} (${r.arkivdeler.join(', ')}) skrevet til ${r.katalog}: ` +
        `${r.antallMapper} saksmapper, ${r.antallRegistreringer} registreringer, ${r.antallDokumentfiler} dokumentfiler; ` +
        `arkivuttrekk.xml SHA-256 ${r.sjekksumArkivuttrekk}\n` +
        (r.rapporter
          ? `Selvkontroll bestått. Rapport: ${r.rapporter.selfCheckText}\nDeponeringsrapport: ${r.rapporter.depositText}`
          : 'Selvkontroll ikke kjørt.')
      );
    },
  },
};
