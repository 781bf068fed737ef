import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The official Noark 5 v5.0 schemas kept beside the tests (tests/support/xsd/README.md). */
export const N5_XSD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'xsd', 'n5-v5.0');

/** Validates an XML file against an XSD with xmllint (libxml2-utils); the errors, or [] when valid. */
export function xmllintErrors(xmlFile: string, xsdFile: string): string[] {
  try {
    execFileSync('xmllint', ['--noout', '--schema', xsdFile, xmlFile], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return [];
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
    return stderr.split('\n').filter((l) => l.trim() !== '' && !l.endsWith(' validates'));
  }
}
