import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface XsdResult {
  valid: boolean;
  /** The first errors xmllint reports, as "line: message". */
  errors: { line: number | null; message: string }[];
  /** How many error lines xmllint reported in all. */
  errorCount: number;
}

const KEPT_ERRORS = 200;

/**
 * Validates an XML file against an XSD with xmllint's streaming reader
 * (--stream): memory stays flat however large the file is. --nonet: schemas
 * are taken from the package, never fetched.
 */
export function validateWithXsd(xmlFile: string, xsdFile: string): Promise<XsdResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('xmllint', ['--noout', '--stream', '--nonet', '--schema', xsdFile, xmlFile], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const errors: XsdResult['errors'] = [];
    let errorCount = 0;
    const lines = createInterface({ input: child.stderr });
    lines.on('line', (line) => {
      if (line.trim() === '' || line.endsWith(' validates') || line.endsWith(' fails to validate')) return;
      errorCount++;
      if (errors.length < KEPT_ERRORS) errors.push(parseLine(line, xmlFile));
    });
    child.on('error', (error) => reject(new Error(`xmllint kunne ikke startes: ${error.message}`)));
    child.on('close', (code) => {
      const valid = code === 0;
      if (!valid && errorCount === 0) {
        errorCount = 1;
        errors.push({ line: null, message: `xmllint avsluttet med kode ${code}` });
      }
      resolve({ valid, errors, errorCount });
    });
  });
}

function parseLine(line: string, xmlFile: string): { line: number | null; message: string } {
  const prefix = `${xmlFile}:`;
  if (!line.startsWith(prefix)) return { line: null, message: line };
  const match = /^(\d+):\s*(.*)$/.exec(line.slice(prefix.length));
  return match ? { line: Number(match[1]), message: match[2] ?? '' } : { line: null, message: line.slice(prefix.length).trim() };
}
