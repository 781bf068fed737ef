import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * LibreOffice headless (Debian's `soffice`) turns an office document into
 * PDF/A-2b. Every run gets its own temporary directory with its own user
 * profile (-env:UserInstallation): two conversions at once would otherwise
 * fight over one profile's lock, and a profile damaged by a killed run is
 * thrown away with it. A run that takes longer than the limit is killed
 * with its whole process group (soffice starts a child, oosplash → soffice.bin).
 */

export interface SofficeOptions {
  /** The soffice executable: a path, or a name looked up on PATH. */
  sofficePath: string;
  timeoutMs: number;
}

export class ConversionError extends Error {
  constructor(
    message: string,
    /** Trying again will not help (the program is missing, the document cannot be converted). */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** PDF/A-2b: part 2 allows the transparency and fonts modern documents use; b (basic) is what a text layout can promise. */
const PDFA_FILTER =
  'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}';

export async function convertToPdfA(input: Buffer, extension: string, options: SofficeOptions): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'saksgang-soffice-'));
  try {
    const source = path.join(dir, `dokument.${extension.replace(/[^a-z0-9]/gi, '') || 'bin'}`);
    const out = path.join(dir, 'ut');
    await writeFile(source, input, { mode: 0o600 });
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profil')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      PDFA_FILTER,
      '--outdir',
      out,
      source,
    ];
    const log = await run(options.sofficePath, args, options.timeoutMs, dir);
    const produced = (await readdir(out).catch(() => [])).find((f) => f.endsWith('.pdf'));
    if (!produced) throw new ConversionError(`LibreOffice made no PDF from the document: ${log.trim().slice(-500) || 'no output'}`, true);
    return await readFile(path.join(out, produced));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // detached: its own process group, so a timeout kills soffice.bin too.
    const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: cwd } });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new ConversionError(`LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`, false));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = error.code === 'ENOENT';
      reject(
        new ConversionError(
          missing ? `LibreOffice (${command}) is not installed or not on PATH; set SOFFICE_PATH` : error.message,
          missing,
        ),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new ConversionError(`LibreOffice stopped with exit code ${code}: ${output.trim().slice(-500)}`, false));
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
