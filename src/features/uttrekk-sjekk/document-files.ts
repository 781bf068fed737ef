import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Counter } from './counter.js';
import { KeySet } from './key-set.js';
import { fileInPackage, fileSize, hashAlgorithm, hashFile } from './package-files.js';
import { at, type TestRecorder } from './test-report.js';

export const DOCUMENT_FOLDER = 'dokumenter';
const ARKIVSTRUKTUR = 'arkivstruktur.xml';
/** How many document files are hashed at once while arkivstruktur.xml is read. */
const PARALLEL_CHECKS = 8;

export interface DocumentObjectRef {
  reference: string;
  checksum: string | undefined;
  algorithm: string | undefined;
  size: string | undefined;
  line: number;
}

export interface DocumentFileStats {
  files: number;
  bytes: number;
  emptyFiles: number;
  formats: Counter;
  unreferenced: number;
  referencedMoreThanOnce: number;
}

/**
 * The document files: each dokumentobjekt's file is checked (exists: N5.32;
 * checksum and size: N5.30) while arkivstruktur.xml is read, a few at a time;
 * then the folder is walked for files nobody refers to (N5.33), empty files
 * (N5.64), the count (N5.28) and formats (N5.29).
 */
export class DocumentFiles {
  private readonly referenced = new KeySet();
  private readonly referencedTwice = new KeySet();
  private pending: Promise<void>[] = [];
  /** Size and emptiness of the referenced files that exist, learnt while checking them (the walk need not stat them again). */
  private referencedBytes = 0;
  private readonly empty: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly rec: TestRecorder,
  ) {}

  /** Queues the checks of one dokumentobjekt's file. */
  reference(ref: DocumentObjectRef): void {
    const name = path.posix.normalize(ref.reference.replace(/\\/g, '/'));
    if (!this.referenced.add(name)) {
      if (this.referencedTwice.add(name))
        this.rec.info('N5.34', `${name} har referanse fra mer enn ett dokumentobjekt`, at(ARKIVSTRUKTUR, ref.line));
      return;
    }
    this.pending.push(
      this.check(name, ref).catch((error: unknown) =>
        this.rec.error('N5.30', `${name} kunne ikke leses: ${(error as Error).message}`, at(ARKIVSTRUKTUR, ref.line)),
      ),
    );
  }

  /** Waits for the queued checks once enough are under way (back pressure on the reader). */
  async settle(all = false): Promise<void> {
    if (!all && this.pending.length < PARALLEL_CHECKS) return;
    const batch = this.pending;
    this.pending = [];
    await Promise.all(batch);
  }

  private async check(name: string, ref: DocumentObjectRef): Promise<void> {
    const where = at(ARKIVSTRUKTUR, ref.line);
    const full = fileInPackage(this.dir, name);
    if (!full) return this.rec.error('N5.32', `referanseDokumentfil «${name}» peker ut av pakken`, where);
    const size = await fileSize(full);
    if (size === null) return this.rec.error('N5.32', `${name} finnes ikke i pakken`, where);
    this.referencedBytes += size;
    if (size === 0) this.empty.push(name);
    if (ref.size !== undefined && String(size) !== ref.size) {
      this.rec.error('N5.30', `${name}: filstørrelsen er ${size} byte, dokumentobjektet oppgir ${ref.size}`, where);
    }
    const algorithm = hashAlgorithm(ref.algorithm);
    if (!ref.checksum || !algorithm) {
      return this.rec.error(
        'N5.30',
        `${name}: dokumentobjektet mangler sjekksum eller har ukjent algoritme «${ref.algorithm ?? ''}»`,
        where,
      );
    }
    const actual = await hashFile(full, algorithm, size);
    if (actual !== ref.checksum.trim().toLowerCase()) {
      this.rec.error('N5.30', `${name}: sjekksummen er ${actual}, dokumentobjektet oppgir ${ref.checksum}`, where);
    }
  }

  /** Walks the document folder; call after arkivstruktur.xml is read. Only unreferenced files are stat'ed here. */
  async walk(): Promise<DocumentFileStats> {
    const stats: DocumentFileStats = {
      files: 0,
      bytes: this.referencedBytes,
      emptyFiles: 0,
      formats: new Counter(),
      unreferenced: 0,
      referencedMoreThanOnce: this.referencedTwice.size,
    };
    const empty = (name: string) => {
      stats.emptyFiles++;
      this.rec.info('N5.64', `${name} er tom (0 byte)`, name);
    };
    this.empty.forEach(empty);
    const root = path.join(this.dir, DOCUMENT_FOLDER);
    if (!(await isDirectory(root))) return stats;
    for await (const file of walkFiles(root)) {
      const name = path.relative(this.dir, file).split(path.sep).join('/');
      stats.files++;
      stats.formats.add(path.extname(name).slice(1).toLowerCase() || '(uten filendelse)');
      if (this.referenced.has(name)) continue;
      const size = (await fileSize(file)) ?? 0;
      stats.bytes += size;
      if (size === 0) empty(name);
      stats.unreferenced++;
      // An analysis in Arkade, an error here: krav 6.4.40 allows no unreferenced file in the package.
      this.rec.error('N5.33', `${name} har ingen referanse fra noe dokumentobjekt (krav 6.4.40)`, name);
    }
    return stats;
  }
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function* walkFiles(dir: string): AsyncGenerator<string> {
  for await (const entry of await opendir(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(full);
    else if (entry.isFile()) yield full;
  }
}
