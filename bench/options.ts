/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  records: number;
  json: string | null;
  registrations: number;
  clients: number;
  samples: number;
}

const HELP = `npm run bench -- [--records N] [--json FILE] [--registrations N] [--clients N] [--samples N]
  --records N        journalposter to generate across 3 organisations (default 100000)
  --json FILE        also write the figures as JSON
  --registrations N  registrations to time, each way (default 2000)
  --clients N        concurrent clients for registrations (default 16)
  --samples N        timed runs per query kind (default 200)
Engine: PostgreSQL when DATABASE_URL is set (a throwaway database is created and dropped), else embedded PGlite in a temp dir.`;

export function parseOptions(argv: string[]): BenchOptions {
  const o: BenchOptions = { records: 100_000, json: null, registrations: 2000, clients: 16, samples: 200 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      console.log(HELP);
      process.exit(0);
    }
    if (value === undefined) throw new Error(`${flag} needs a value\n${HELP}`);
    if (flag === '--json') o.json = value;
    else if (flag === '--records') o.records = positive(flag, value);
    else if (flag === '--registrations') o.registrations = positive(flag, value);
    else if (flag === '--clients') o.clients = positive(flag, value);
    else if (flag === '--samples') o.samples = positive(flag, value);
    else throw new Error(`unknown option ${flag}\n${HELP}`);
    i++;
  }
  return o;
}

function positive(flag: string, value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive whole number, not ${value}`);
  return n;
}
