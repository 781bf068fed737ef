import { z } from 'zod';
import { PageInfoBody, pageQuery, type PageInfo } from '../../shared/paging.js';

/** One change-log entry as every API shows it. */
export const ChangeLogEntryBody = z.object({
  id: z.int(),
  objektType: z.string(),
  objektId: z.uuid(),
  felt: z.string(),
  tidligereVerdi: z.string().nullable(),
  nyVerdi: z.string().nullable(),
  endretDato: z.date(),
  endretAv: z.object({ id: z.uuid(), navn: z.string() }),
});

export const ChangeLogBody = z.object({ items: z.array(ChangeLogEntryBody) });

interface ChangeLogRow {
  id: number;
  objekt_type: string;
  objekt_id: string;
  felt: string;
  tidligere_verdi: string | null;
  ny_verdi: string | null;
  endret_dato: Date;
  endret_av: string;
  endret_av_navn: string;
}

export function presentChangeLog(rows: readonly ChangeLogRow[]): z.infer<typeof ChangeLogBody> {
  return {
    items: rows.map((r) => ({
      id: r.id,
      objektType: r.objekt_type,
      objektId: r.objekt_id,
      felt: r.felt,
      tidligereVerdi: r.tidligere_verdi,
      nyVerdi: r.ny_verdi,
      endretDato: r.endret_dato,
      endretAv: { id: r.endret_av, navn: r.endret_av_navn },
    })),
  };
}

/** Which page of a log: oldest first, a page at a time (a log grows with every change). */
export const ChangeLogPaging = pageQuery(100, 500);
export const ChangeLogPageQuery = z.strictObject(ChangeLogPaging);

/** A page of a change log, with the total so a client can fetch the rest. */
export const ChangeLogPageBody = ChangeLogBody.extend(PageInfoBody.shape);

export function presentChangeLogPage(page: PageInfo & { items: readonly ChangeLogRow[] }): z.infer<typeof ChangeLogPageBody> {
  const { items, ...info } = page;
  return { ...presentChangeLog(items), ...info };
}
