import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const started = Date.now();

try {
  const server = await startServer(config, log);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const where = `${config.publicUrl} (database: ${server.handle.engine}, started in ${seconds} s)`;
  const demo = server.demo === 'none' ? '' : ' — demo users such as asnes.arkivar, password «demo»';
  if (server.demo === 'loading') log.info(`Saksgang answers at ${where}; the demo archive is still loading${demo}`);
  else log.info(`Saksgang is ready at ${where}${demo}`);
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
