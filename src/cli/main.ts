import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { createLogger } from '../logger.js';
import { DomainError } from '../shared/errors.js';
import { COMMANDS, FILE_COMMANDS, usage } from './commands.js';

/**
 * `npx saksgang <command> [--option value …]`. Every command opens the
 * configured database (DATABASE_URL, else the embedded one in DATA_DIR),
 * applies migrations, and calls the same use cases as the HTTP API.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const fileCommand = name ? FILE_COMMANDS[name] : undefined;
  if (fileCommand) {
    const { values, positionals } = parseArgs({ args: rest, options: fileCommand.options, allowPositionals: true, strict: true });
    const { output, exitCode } = await fileCommand.run(values as Record<string, string | undefined>, positionals);
    process.stdout.write(output);
    return exitCode;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stdout.write(usage());
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: command.options,
    allowPositionals: Boolean(command.positional),
    strict: true,
  });
  if (command.positional && positionals.length > 1) throw new Error(`${name} tar ett argument (${command.positional})`);
  const input: Record<string, string | undefined> = { ...values, ...(command.positional ? { [command.positional]: positionals[0] } : {}) };
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrate(handle.db);
    const output = await command.run({ db: handle.db, log, now: () => new Date() }, input);
    if (output !== undefined) process.stdout.write(`${typeof output === 'string' ? output : JSON.stringify(output, null, 2)}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof DomainError ? `${error.text.nb}\n${error.text.en}` : (error as Error).message;
    process.stderr.write(`Feil: ${message}\n`);
    process.exit(1);
  },
);
