import { childNamed, childrenNamed, readXmlTree, type XmlNode } from '../../shared/xml/xml-tree.js';

/** What arkivuttrekk.xml (ADDML) says about the package. */
export interface ManifestFile {
  /** The file's name relative to the package. */
  name: string;
  /** The dataObject it belongs to (arkivstruktur, endringslogg, …). */
  dataObject: string;
  role: 'data' | 'schema';
  algorithm: string | null;
  checksum: string | null;
  line: number;
}

export interface Occurrence {
  dataObject: string;
  element: string;
  value: number | null;
  line: number;
}

export interface Manifest {
  files: ManifestFile[];
  /** Per data file: the schema to validate it with (the one marked main, else the first). */
  mainSchema: Map<string, string>;
  occurrences: Occurrence[];
  antallDokumentfiler: number | null;
  period: { start: string | null; end: string | null };
  recordCreators: string[];
  systemName: string | null;
  systemType: string | null;
  archive: string | null;
}

const propertiesOf = (node: XmlNode) => childNamed(node, 'properties')?.children.filter((c) => c.name === 'property') ?? [];
const property = (node: XmlNode, name: string) => propertiesOf(node).find((p) => p.attributes.name === name);
const valueOf = (node: XmlNode | undefined) => (node ? (childNamed(node, 'value')?.text ?? null) : null);

function additionalElements(node: XmlNode | undefined): XmlNode[] {
  return node ? (childNamed(node, 'additionalElements')?.children.filter((c) => c.name === 'additionalElement') ?? []) : [];
}

/** Reads arkivuttrekk.xml. Throws on malformed XML (N5.03 reports why). */
export async function readManifest(file: string): Promise<Manifest> {
  const root = await readXmlTree(file);
  const manifest: Manifest = {
    files: [],
    mainSchema: new Map(),
    occurrences: [],
    antallDokumentfiler: null,
    period: { start: null, end: null },
    recordCreators: [],
    systemName: null,
    systemType: null,
    archive: null,
  };
  for (const dataset of childrenNamed(root, 'dataset')) {
    readReference(childNamed(dataset, 'reference'), manifest);
    const objects = childNamed(dataset, 'dataObjects');
    for (const top of objects ? childrenNamed(objects, 'dataObject') : []) readDataObject(top, manifest);
  }
  return manifest;
}

function readReference(reference: XmlNode | undefined, manifest: Manifest): void {
  if (!reference) return;
  for (const element of additionalElements(childNamed(reference, 'context'))) {
    const name = element.attributes.name;
    if (name === 'recordCreators') {
      for (const creator of additionalElements(element)) {
        const value = valueOf(creator);
        if (value) manifest.recordCreators.push(value);
      }
    } else if (name === 'systemName') manifest.systemName = valueOf(element);
    else if (name === 'systemType') manifest.systemType = valueOf(element);
    else if (name === 'archive') manifest.archive = valueOf(element);
  }
  for (const element of additionalElements(childNamed(reference, 'content'))) {
    if (element.attributes.name !== 'archivalPeriod') continue;
    manifest.period.start = valueOf(property(element, 'startDate'));
    manifest.period.end = valueOf(property(element, 'endDate'));
  }
}

function readDataObject(object: XmlNode, manifest: Manifest): void {
  const dataObject = object.attributes.name ?? '';
  let dataFile: string | null = null;
  for (const prop of propertiesOf(object)) {
    const name = prop.attributes.name;
    if (name === 'file') {
      dataFile = readFile(prop, dataObject, 'data', manifest);
    } else if (name === 'schema') {
      const schemaProp = property(prop, 'file');
      const schemaFile = schemaProp ? readFile(schemaProp, dataObject, 'schema', manifest) : null;
      const isMain = valueOf(prop) === 'main';
      if (dataFile && schemaFile && (isMain || !manifest.mainSchema.has(dataFile))) manifest.mainSchema.set(dataFile, schemaFile);
    } else if (name === 'info') {
      readInfo(prop, dataObject, manifest);
    }
  }
  const children = childNamed(object, 'dataObjects');
  for (const child of children ? childrenNamed(children, 'dataObject') : []) readDataObject(child, manifest);
}

function readFile(fileProp: XmlNode, dataObject: string, role: ManifestFile['role'], manifest: Manifest): string | null {
  const name = valueOf(property(fileProp, 'name'));
  if (!name) return null;
  const checksum = property(fileProp, 'checksum');
  const known = manifest.files.find((f) => f.name === name);
  if (!known) {
    manifest.files.push({
      name,
      dataObject,
      role,
      algorithm: checksum ? valueOf(property(checksum, 'algorithm')) : null,
      checksum: checksum ? valueOf(property(checksum, 'value')) : null,
      line: fileProp.line,
    });
  } else if (!known.checksum && checksum) {
    known.algorithm = valueOf(property(checksum, 'algorithm'));
    known.checksum = valueOf(property(checksum, 'value'));
  }
  return name;
}

function readInfo(info: XmlNode, dataObject: string, manifest: Manifest): void {
  const additional = property(info, 'additionalInfo');
  const count = additional ? valueOf(property(additional, 'antallDokumentfiler')) : null;
  if (count !== null) manifest.antallDokumentfiler = /^\d+$/.test(count) ? Number(count) : NaN;
  for (const occurrence of propertiesOf(info).filter((p) => p.attributes.name === 'numberOfOccurrences')) {
    const value = valueOf(property(occurrence, 'value'));
    manifest.occurrences.push({
      dataObject,
      element: valueOf(occurrence) ?? '',
      value: value !== null && /^\d+$/.test(value) ? Number(value) : null,
      line: occurrence.line,
    });
  }
}
