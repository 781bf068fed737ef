import { elementWalker, type ElementFrame } from '../../shared/xml/element-walker.js';
import { scanXmlFile } from '../../shared/xml/scan-xml-file.js';
import { Counter } from './counter.js';
import type { DocumentFiles } from './document-files.js';
import { reportEmptyLeaf } from './empty-elements.js';
import { KeySet } from './key-set.js';
import { at, type TestRecorder } from './test-report.js';

const FILE = 'arkivstruktur.xml';

/** The archive entities (arkivenheter): each has a systemID and is counted and analysed. */
const ENTITIES = new Set([
  'arkiv',
  'arkivdel',
  'klassifikasjonssystem',
  'klasse',
  'mappe',
  'registrering',
  'dokumentbeskrivelse',
  'dokumentobjekt',
]);
/** Other elements only counted (N5.35–N5.46). */
const COUNTED = [
  'part',
  'merknad',
  'kryssreferanse',
  'presedens',
  'korrespondansepart',
  'avskrivning',
  'dokumentflyt',
  'skjerming',
  'gradering',
  'kassasjon',
  'utfoertKassasjon',
  'konvertering',
] as const;

interface Entity {
  kind: string;
  /** xsi:type (saksmappe, journalpost, …) or the element name. */
  type: string;
  fields: Record<string, string>;
  /** Kinds of child entities seen (klasse, mappe, registrering, …). */
  children: Set<string>;
  /** A klasse in its arkivdel's first (primary) klassifikasjonssystem. */
  primary: boolean;
}

type Frame = ElementFrame<Entity>;

export interface ArkivstrukturStats {
  counts: Counter;
  arkivdelstatus: Counter;
  klasserPerSystem: Counter;
  emptyPrimaryClasses: number;
  mapperPerType: Counter;
  mapperPerYear: Counter;
  mapperPerClass: Counter;
  emptyFolders: number;
  saksstatus: Counter;
  registreringerPerType: Counter;
  registreringerPerYear: Counter;
  registreringerPerClass: Counter;
  registreringerWithoutDocuments: number;
  journalposttype: Counter;
  journalstatus: Counter;
  dokumentstatus: Counter;
  descriptionsWithoutObjects: number;
  firstCreated: string | null;
  lastCreated: string | null;
  /** journalsekvensnummer per journalaar. */
  journalNumbers: Map<string, number[]>;
}

/** What the later controls need from arkivstruktur.xml: its systemIDs and the references into it. */
export interface ArkivstrukturIndex {
  systemIds: KeySet;
  arkivdeler: Set<string>;
  klasser: Set<string>;
  arkivdelReferences: Map<string, number>;
  classReferences: Map<string, number>;
}

/**
 * One streaming pass over arkivstruktur.xml: counts and analyses (N5.04–N5.27),
 * classes with both subclasses and folders/registrations (N5.12, N5.19),
 * systemIDs (N5.47), the references to check once all is read (N5.48, N5.51),
 * the journal numbers (SG.01), empty elements (N5.63), and each document
 * object's file handed to `documents`.
 */
export async function scanArkivstruktur(file: string, rec: TestRecorder, documents: DocumentFiles) {
  const stats: ArkivstrukturStats = {
    counts: new Counter(),
    arkivdelstatus: new Counter(),
    klasserPerSystem: new Counter(),
    emptyPrimaryClasses: 0,
    mapperPerType: new Counter(),
    mapperPerYear: new Counter(),
    mapperPerClass: new Counter(),
    emptyFolders: 0,
    saksstatus: new Counter(),
    registreringerPerType: new Counter(),
    registreringerPerYear: new Counter(),
    registreringerPerClass: new Counter(),
    registreringerWithoutDocuments: 0,
    journalposttype: new Counter(),
    journalstatus: new Counter(),
    dokumentstatus: new Counter(),
    descriptionsWithoutObjects: 0,
    firstCreated: null,
    lastCreated: null,
    journalNumbers: new Map(),
  };
  const index: ArkivstrukturIndex = {
    systemIds: new KeySet(),
    arkivdeler: new Set(),
    klasser: new Set(),
    arkivdelReferences: new Map(),
    classReferences: new Map(),
  };
  const empty = reportEmptyLeaf(rec, FILE);
  let system: { count: number } | null = null;

  const onOpen = (frame: Frame) => {
    const { name } = frame;
    if ((COUNTED as readonly string[]).includes(name)) stats.counts.add(name);
    if (!ENTITIES.has(name)) return;
    stats.counts.add(name);
    const parent = frame.parent?.data;
    const xsiType = frame.attributes['xsi:type'];
    const entity: Entity = {
      kind: name,
      type: xsiType ? xsiType.slice(xsiType.indexOf(':') + 1) : name,
      fields: {},
      children: new Set(),
      primary: false,
    };
    frame.data = entity;
    if (!parent) return;
    if (name === 'klassifikasjonssystem') {
      entity.primary = !parent.children.has('klassifikasjonssystem');
      system = { count: 0 };
    }
    parent.children.add(name);
    if (name === 'klasse') {
      entity.primary = parent.primary;
      if (system) system.count++;
    } else if (parent.kind === 'klasse' && (name === 'mappe' || name === 'registrering')) {
      const klasse = parent.fields.klasseID ?? parent.fields.systemID;
      (name === 'mappe' ? stats.mapperPerClass : stats.registreringerPerClass).add(klasse);
    }
  };

  const onLeaf = (frame: Frame, value: string) => {
    if (empty(frame.name, value, frame.line)) return;
    const owner = frame.parent?.data;
    if (owner && !(frame.name in owner.fields)) owner.fields[frame.name] = value;
    if (frame.name === 'referanseArkivdel') firstLine(index.arkivdelReferences, value, frame.line);
    else if (frame.name === 'referanseSekundaerKlassifikasjon') firstLine(index.classReferences, value, frame.line);
  };

  const onClose = (frame: Frame) => {
    const entity = frame.data;
    if (!entity) return;
    const { fields } = entity;
    checkSystemId(entity, frame.line);
    switch (entity.kind) {
      case 'arkivdel':
        if (fields.systemID) index.arkivdeler.add(fields.systemID.toLowerCase());
        stats.arkivdelstatus.add(fields.arkivdelstatus);
        break;
      case 'klassifikasjonssystem':
        if (system) stats.klasserPerSystem.add(fields.tittel ?? fields.systemID, system.count);
        system = null;
        break;
      case 'klasse':
        closeKlasse(entity, frame.line);
        break;
      case 'mappe':
        closeMappe(entity);
        break;
      case 'registrering':
        closeRegistrering(entity, frame.line);
        break;
      case 'dokumentbeskrivelse':
        stats.dokumentstatus.add(fields.dokumentstatus);
        if (!entity.children.has('dokumentobjekt')) stats.descriptionsWithoutObjects++;
        break;
      case 'dokumentobjekt':
        if (fields.referanseDokumentfil) {
          documents.reference({
            reference: fields.referanseDokumentfil,
            checksum: fields.sjekksum,
            algorithm: fields.sjekksumAlgoritme,
            size: fields.filstoerrelse,
            line: frame.line,
          });
        }
        break;
    }
  };

  function checkSystemId(entity: Entity, line: number) {
    const id = entity.fields.systemID;
    if (!id) rec.error('N5.47', `${entity.kind} uten systemID`, at(FILE, line));
    else if (!index.systemIds.add(id.toLowerCase()))
      rec.error('N5.47', `systemID ${id} brukes mer enn én gang (${entity.kind})`, at(FILE, line));
  }

  function closeKlasse(entity: Entity, line: number) {
    const { fields, children } = entity;
    if (fields.systemID) index.klasser.add(fields.systemID.toLowerCase());
    const label = `klasse ${fields.klasseID ?? fields.systemID ?? '?'}`;
    if (children.has('klasse') && children.has('mappe')) rec.error('N5.12', `${label} har både underklasser og mapper`, at(FILE, line));
    if (children.has('klasse') && children.has('registrering'))
      rec.error('N5.19', `${label} har både underklasser og registreringer`, at(FILE, line));
    if (entity.primary && !children.has('klasse') && !children.has('mappe') && !children.has('registrering')) stats.emptyPrimaryClasses++;
  }

  function closeMappe({ fields, children, type }: Entity) {
    stats.mapperPerType.add(type);
    stats.mapperPerYear.add(yearOf(fields.opprettetDato));
    if (!children.has('mappe') && !children.has('registrering')) stats.emptyFolders++;
    if (type === 'saksmappe') stats.saksstatus.add(fields.saksstatus);
  }

  function closeRegistrering({ fields, children, type }: Entity, line: number) {
    stats.registreringerPerType.add(type);
    stats.registreringerPerYear.add(yearOf(fields.opprettetDato));
    if (!children.has('dokumentbeskrivelse')) stats.registreringerWithoutDocuments++;
    const created = fields.opprettetDato;
    if (created) {
      if (stats.firstCreated === null || created < stats.firstCreated) stats.firstCreated = created;
      if (stats.lastCreated === null || created > stats.lastCreated) stats.lastCreated = created;
    }
    if (type !== 'journalpost') return;
    stats.journalposttype.add(fields.journalposttype);
    stats.journalstatus.add(fields.journalstatus);
    const year = fields.journalaar;
    const number = Number(fields.journalsekvensnummer);
    if (!year || !Number.isInteger(number)) {
      rec.error('SG.01', 'Journalpost uten journalår eller journalsekvensnummer', at(FILE, line));
      return;
    }
    let numbers = stats.journalNumbers.get(year);
    if (!numbers) stats.journalNumbers.set(year, (numbers = []));
    numbers.push(number);
  }

  try {
    await scanXmlFile(file, elementWalker<Entity>({ open: onOpen, leaf: onLeaf, close: onClose }), {
      afterChunk: () => documents.settle(),
    });
  } finally {
    await documents.settle(true);
  }
  return { stats, index };
}

function firstLine(map: Map<string, number>, value: string, line: number) {
  const key = value.toLowerCase();
  if (!map.has(key)) map.set(key, line);
}

const yearOf = (date: string | undefined) => (date && /^\d{4}/.test(date) ? date.slice(0, 4) : undefined);
