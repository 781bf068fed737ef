// Builds the demo database snapshot for the current sources (postinstall and
// `npm run demo-snapshot`). A failure only costs speed: the first start then
// loads the demo in the background, so it never fails the install.
import { buildDemoSnapshot } from '../src/features/demo/build-demo-snapshot.js';
import { createLogger } from '../src/logger.js';

const started = Date.now();
try {
  const { dir, built } = await buildDemoSnapshot(createLogger('warn'));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(built ? `Saksgang: demo database built in ${seconds} s (${dir})` : `Saksgang: demo database is up to date (${dir})`);
} catch (error) {
  console.warn(`Saksgang: could not build the demo database (${(error as Error).message}); the first start will load it instead.`);
}
