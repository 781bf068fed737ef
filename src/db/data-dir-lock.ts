import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite does not lock its data folder, and a second process writing to the
 * same folder silently loses writes. We hold a lock file with our pid; a lock
 * left by a process that no longer runs is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, '..', 'saksgang.lock');
  const holder = readHolder(lockFile);
  if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
    throw new DataDirLockedError(dataDir, holder);
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    if (readHolder(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Datamappen ${dataDir} er i bruk av en annen Saksgang-prosess (pid ${pid}). ` +
        `Stopp den, eller bruk API-et til den kjørende serveren. / ` +
        `The data folder is in use by another Saksgang process (pid ${pid}).`,
    );
  }
}

function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
