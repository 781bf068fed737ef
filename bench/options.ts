/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** Journalposter at each growth step, ascending. */
  sizes: number[];
  organisations: number;
  users: number;
  json: string | null;
  /** Registrations to time per step; 0 skips them (--pages-only). */
  registrations: number;
  clients: number;
  samples: number;
  pgbench: boolean;
  coldStart: boolean;
  /** The public journal: concurrent HTTP clients, and seconds of load per page. */
  publicClients: number;
  publicSeconds: number;
}

const HELP = `npm run bench -- [--sizes N,N…] [--10m] [--orgs N] [--users N] [--json FILE] [--registrations N] [--clients N] [--samples N] [--no-pgbench] [--no-cold-start] [--public-clients N] [--public-seconds N] [--pages-only]
  --sizes N,N…       journalposter at each growth step (default 100000,1000000); --records N is one step of N
  --10m              add a 10 000 000 step (also BENCH_10M=1)
  --orgs N           organisations (default 15)
  --users N          users in all (default 5000)
  --json FILE        also write the figures as JSON
  --registrations N  registrations to time, each way, per step (default 2000)
  --clients N        concurrent clients for registrations (default 16)
  --samples N        timed runs per query kind and step (default 200)
  --no-pgbench       skip pgbench (it runs on PostgreSQL only)
  --no-cold-start    skip timing the server's first and later start
  --public-clients N concurrent HTTP clients on the public journal page and the minimal page (default 50)
  --public-seconds N seconds of load on each (default 5)
  --pages-only       only the pages (no pgbench, registrations or cold start); with small --sizes, --orgs and --users a quick look
Engine: PostgreSQL when DATABASE_URL is set (throwaway databases are created and dropped), else embedded PGlite in a temp dir.`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const o: BenchOptions = {
    sizes: [100_000, 1_000_000],
    organisations: 15,
    users: 5000,
    json: null,
    registrations: 2000,
    clients: 16,
    samples: 200,
    pgbench: true,
    coldStart: true,
    publicClients: 50,
    publicSeconds: 5,
  };
  let tenMillion = env.BENCH_10M === '1';
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') {
      console.log(HELP);
      process.exit(0);
    }
    if (flag === '--10m') tenMillion = true;
    else if (flag === '--no-pgbench') o.pgbench = false;
    else if (flag === '--no-cold-start') o.coldStart = false;
    else if (flag === '--pages-only') Object.assign(o, { pgbench: false, coldStart: false, registrations: 0 });
    else {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value\n${HELP}`);
      if (flag === '--json') o.json = value;
      else if (flag === '--sizes') o.sizes = value.split(',').map((v) => positive(flag, v));
      else if (flag === '--records') o.sizes = [positive(flag, value)];
      else if (flag === '--orgs') o.organisations = positive(flag, value);
      else if (flag === '--users') o.users = positive(flag, value);
      else if (flag === '--public-clients') o.publicClients = positive(flag, value);
      else if (flag === '--public-seconds') o.publicSeconds = positive(flag, value);
      else if (flag === '--registrations') o.registrations = positive(flag, value);
      else if (flag === '--clients') o.clients = positive(flag, value);
      else if (flag === '--samples') o.samples = positive(flag, value);
      else throw new Error(`unknown option ${flag}\n${HELP}`);
    }
  }
  if (tenMillion && !o.sizes.includes(10_000_000)) o.sizes.push(10_000_000);
  o.sizes.sort((a, b) => a - b);
  return o;
}

function positive(flag: string, value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive whole number, not ${value}`);
  return n;
}
