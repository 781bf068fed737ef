import { el } from './noark-text.js';
import { xmlText } from '../../offentlig-journal/domain/offentlig-journal-xml.js';

/*
 * arkivuttrekk.xml: the package's ADDML description in the shape of
 * Arkivverket's example for Noark 5 v5.0 (arkivuttrekk-example-v5_0.xml):
 * who made the archive, the period, the number of document files, and for
 * each XML file its schemas, SHA-256 checksums and the number of its main
 * elements. The checksums of the document files are in arkivstruktur.xml
 * (dokumentobjekt/sjekksum), which this file's checksum covers.
 */

export interface AddmlFile {
  name: string;
  sha256: string;
}

export interface AddmlDataObject {
  /** arkivstruktur, endringslogg, loependeJournal, offentligJournal */
  name: string;
  file: AddmlFile;
  /** The main schema first; metadatakatalog.xsd after it. */
  schemas: AddmlFile[];
  occurrences: { element: string; count: number }[];
}

export interface AddmlInput {
  arkivskaper: string;
  systemName: string;
  arkiv: string;
  startDate: string;
  endDate: string;
  inngaaendeSkille: 'mykt' | 'skarpt';
  utgaaendeSkille: 'mykt' | 'skarpt';
  inneholderSkjermetInformasjon: boolean;
  antallDokumentfiler: number;
  dataObjects: AddmlDataObject[];
}

const prop = (name: string, inner: string, attrs = '') => `<property${attrs} name="${xmlText(name)}">${inner}</property>`;
const value = (v: string | number | boolean) => el('value', String(v));
const props = (...items: string[]) => `<properties>${items.join('')}</properties>`;
const additional = (name: string, inner: string) => `<additionalElement name="${xmlText(name)}">${inner}</additionalElement>`;

const checksum = (sha256: string) => prop('checksum', props(prop('algorithm', value('SHA-256')), prop('value', value(sha256))));
const xmlFormat = prop('format', value('XML') + props(prop('version', value('1.0'))));

function fileProp(f: AddmlFile): string {
  return prop('file', props(prop('name', value(f.name)), xmlFormat, checksum(f.sha256)));
}

function schemaProp(f: AddmlFile, main: boolean): string {
  return prop(
    'schema',
    (main ? value('main') : '') + props(fileProp(f), prop('type', value('XML Schema') + props(prop('version', value('1.0'))))),
  );
}

function dataObjectXml(d: AddmlDataObject): string {
  const occurrences = d.occurrences.map((o) =>
    prop(
      'numberOfOccurrences',
      value(o.element) + props(prop('elementPath', value(`//${o.element}`)), prop('value', value(o.count), ' dataType="integer"')),
    ),
  );
  return (
    `<dataObject name="${xmlText(d.name)}">` +
    props(fileProp(d.file), ...d.schemas.map((s, i) => schemaProp(s, i === 0)), prop('info', props(...occurrences))) +
    '</dataObject>'
  );
}

export function addmlXml(a: AddmlInput): string {
  const flag = (name: string, v: boolean) => prop(name, value(v), ' dataType="boolean"');
  const context = additional(
    'recordCreators',
    `<additionalElements>${additional('recordCreator', value(a.arkivskaper))}</additionalElements>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<addml xmlns="http://www.arkivverket.no/standarder/addml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://www.arkivverket.no/standarder/addml addml.xsd" name="Noark 5-arkivuttrekk">\n' +
    '<dataset>' +
    el('description', 'Noark 5-arkivuttrekk') +
    '<reference><context><additionalElements>' +
    context +
    additional('systemType', value('Sakarkiv (Noark-5)')) +
    additional('systemName', value(a.systemName)) +
    additional('archive', value(a.arkiv)) +
    '</additionalElements></context><content><additionalElements>' +
    additional('archivalPeriod', props(prop('startDate', value(a.startDate)), prop('endDate', value(a.endDate)))) +
    '</additionalElements></content></reference>\n' +
    '<dataObjects><dataObject name="Noark 5-arkivuttrekk">' +
    props(
      prop(
        'info',
        props(
          prop('type', value('Noark 5') + props(prop('version', value('5.0')))),
          prop(
            'additionalInfo',
            props(
              prop(
                'periode',
                props(prop('inngaaendeSkille', value(a.inngaaendeSkille)), prop('utgaaendeSkille', value(a.utgaaendeSkille))),
              ),
              flag('inneholderSkjermetInformasjon', a.inneholderSkjermetInformasjon),
              flag('omfatterDokumenterSomErKassert', false),
              flag('inneholderDokumenterSomSkalKasseres', false),
              flag('inneholderVirksomhetsspesifikkeMetadata', false),
              prop('antallDokumentfiler', value(a.antallDokumentfiler), ' dataType="integer"'),
            ),
          ),
        ),
      ),
    ) +
    `\n<dataObjects>${a.dataObjects.map(dataObjectXml).join('\n')}</dataObjects>` +
    '</dataObject></dataObjects></dataset>\n</addml>\n'
  );
}
