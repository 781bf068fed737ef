import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../shared/errors.js';
import { XmlSyntaxError } from '../../shared/xml/xml-stream-parser.js';
import { readXmlTree, type XmlNode } from '../../shared/xml/xml-tree.js';
import { readManifest } from '../uttrekk-sjekk/addml-manifest.js';
import { parseFile } from './xml/xml-units.js';

/** The package's XML files, in the order they are read. */
export const PACKAGE_XML = [
  'arkivuttrekk.xml',
  'arkivstruktur.xml',
  'endringslogg.xml',
  'loependeJournal.xml',
  'offentligJournal.xml',
] as const;

export interface CheckedPackage {
  katalog: string;
  /** SHA-256 of arkivuttrekk.xml (or of arkivstruktur.xml when the package has no ADDML file): the package's identity. */
  pakkeSjekksum: string;
  noarkVersjon: '4.0' | '5.0';
  /** The years the package numbers cases and journal entries in. */
  saksaar: number[];
  journalaar: number[];
}

export const invalidPackage = (nb: string, en: string) =>
  new DomainError('UTTREKK_INVALID', { nb: `Uttrekket kan ikke importeres: ${nb}`, en: `The extraction cannot be imported: ${en}` });

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Everything checked before anything is stored: the files are there, every
 * XML file is safe to read (no DTD, no entities, no oversized nodes or absurd
 * nesting), and the checksums the ADDML file gives match the files.
 */
export async function checkPackage(katalog: string): Promise<CheckedPackage> {
  const dir = path.resolve(katalog);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw invalidPackage(`fant ikke katalogen ${dir}`, `directory ${dir} not found`);
  const file = (name: string) => path.join(dir, name);
  if (!existsSync(file('arkivstruktur.xml'))) throw invalidPackage('arkivstruktur.xml mangler', 'arkivstruktur.xml is missing');
  const years = { saksaar: new Set<number>(), journalaar: new Set<number>() };
  for (const name of PACKAGE_XML) {
    if (existsSync(file(name)))
      await guarded(name, () => scanCollectingYears(file(name), name === 'arkivstruktur.xml' ? years : undefined));
  }
  let noarkVersjon: '4.0' | '5.0' = '5.0';
  if (existsSync(file('arkivuttrekk.xml'))) {
    noarkVersjon = versionOf(await guarded('arkivuttrekk.xml', () => readXmlTree(file('arkivuttrekk.xml'))));
    const manifest = await guarded('arkivuttrekk.xml', () => readManifest(file('arkivuttrekk.xml')));
    for (const { name, checksum, algorithm } of manifest.files) {
      const sjekksum = checksum?.toLowerCase();
      const sha256 = !algorithm || /^sha-?256$/i.test(algorithm);
      if (!/^[\w.-]+$/.test(name) || !existsSync(file(name)) || !sjekksum || !sha256) continue;
      const actual = await sha256File(file(name));
      if (actual !== sjekksum)
        throw invalidPackage(
          `sjekksummen for ${name} stemmer ikke (${actual} ≠ ${sjekksum})`,
          `the checksum of ${name} does not match (${actual} ≠ ${sjekksum})`,
        );
    }
  }
  return {
    katalog: dir,
    pakkeSjekksum: await sha256File(file(existsSync(file('arkivuttrekk.xml')) ? 'arkivuttrekk.xml' : 'arkivstruktur.xml')),
    noarkVersjon,
    saksaar: [...years.saksaar].sort(),
    journalaar: [...years.journalaar].sort(),
  };
}

async function guarded<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw invalidPackage(`${name} avvises: ${error.message}`, `${name} is refused: ${error.message}`);
    throw error;
  }
}

async function scanCollectingYears(file: string, years?: { saksaar: Set<number>; journalaar: Set<number> }): Promise<void> {
  let current: 'saksaar' | 'journalaar' | null = null;
  let text = '';
  await parseFile(file, {
    open(name) {
      current = years && (name === 'saksaar' || name === 'journalaar') ? name : null;
      text = '';
    },
    close() {
      if (current && years && /^\d{4}$/.test(text.trim())) years[current].add(Number(text.trim()));
      current = null;
    },
    text(t) {
      if (current) text += t;
    },
  });
}

// ── ADDML: the Noark version (the files and checksums come from the self-check's manifest reader) ──

const props = (node: XmlNode, name: string): XmlNode[] =>
  node.children.flatMap((c) => [...(c.name === 'property' && c.attributes.name === name ? [c] : []), ...props(c, name)]);
const valueOf = (node: XmlNode | undefined) => node?.children.find((c) => c.name === 'value')?.text ?? null;

function versionOf(addml: XmlNode): '4.0' | '5.0' {
  const type = props(addml, 'type').find((t) => /noark\s*5/i.test(valueOf(t) ?? ''));
  const version = type ? valueOf(props(type, 'version')[0]) : null;
  return version?.startsWith('4') ? '4.0' : '5.0';
}
