import { sql } from 'kysely';
import type { Database } from '../src/db/open-database.js';
import { bulkLoad } from './bulk-load.js';
import { fillBatch, PER_CASE, YEARS } from './generate-sql.js';
import { populate } from './population.js';
import { runConcurrent } from './stats.js';

export interface Generated {
  organisations: { id: string; kortnavn: string; openCases: string[]; cases: string[] }[];
  journalposter: number;
  users: number;
}

/** The bench's data set; grows in steps (100 k, then 1 M, …) so each size is measured on the same database. */
export class DataSet {
  private casesPerOrg = 0;
  private constructor(
    private readonly db: Database,
    private readonly orgs: { id: string; kortnavn: string }[],
  ) {}

  static async create(db: Database, organisations: number, users: number): Promise<DataSet> {
    return new DataSet(db, await populate(db, organisations, users));
  }

  /**
   * Adds cases to every organisation until there are about `records`
   * journalposter, with bulk SQL (see bulk-load.ts and generate-sql.ts),
   * then the search index for the new cases in one pass per organisation.
   */
  async growTo(records: number): Promise<Generated> {
    const perOrg = Math.ceil(records / PER_CASE / this.orgs.length / YEARS) * YEARS;
    if (perOrg > this.casesPerOrg) {
      const from = this.casesPerOrg;
      const newCases = (orgId: string) => sql`(SELECT id FROM saksmappe WHERE organisasjon_id = ${orgId}
        AND sakssekvensnummer > ${from / YEARS} AND sakssekvensnummer <= ${perOrg / YEARS})`;
      await bulkLoad(
        this.db,
        // Two organisations at a time: the statements are CPU-bound, and PostgreSQL runs each on one core.
        () => runConcurrent(this.orgs.length, 2, (i) => fillBatch(this.db, { orgId: this.orgs[i]!.id, from, to: perOrg })),
        () =>
          runConcurrent(this.orgs.length, 2, async (i) => {
            const views = { sok_kilde_saksmappe: 'sok_indeks', sok_kilde_journalpost: 'sok_indeks', sok_kilde_dokument: 'sok_dokument' };
            for (const [view, table] of Object.entries(views)) {
              await sql`INSERT INTO ${sql.table(table)} SELECT * FROM ${sql.table(view)}
                WHERE organisasjon_id = ${this.orgs[i]!.id} AND saksmappe_id IN ${newCases(this.orgs[i]!.id)}`.execute(this.db);
            }
          }),
      );
      this.casesPerOrg = perOrg;
    }
    return this.describe();
  }

  private async describe(): Promise<Generated> {
    const organisations = [];
    for (const org of this.orgs) {
      const cases = await this.db
        .selectFrom('saksmappe')
        .select(['id', 'saksstatus'])
        .where('organisasjon_id', '=', org.id)
        .orderBy('saksaar')
        .orderBy('sakssekvensnummer')
        .execute();
      organisations.push({ ...org, cases: cases.map((c) => c.id), openCases: cases.filter((c) => c.saksstatus === 'B').map((c) => c.id) });
    }
    const count = async (table: 'journalpost' | 'bruker') =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { organisations, journalposter: await count('journalpost'), users: (await count('bruker')) - 1 };
  }
}
