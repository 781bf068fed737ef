import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

try {
  const server = await startServer(config, log);
  log.info(`Saksgang kjører på ${config.publicUrl} (database: ${server.handle.engine})`);
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'stopping');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  log.error({ err: error }, (error as Error).message);
  process.exit(1);
}
