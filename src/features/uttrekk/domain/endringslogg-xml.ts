import { dateTime, el, who } from './noark-text.js';
import type { EndringRow } from './rows.js';

/*
 * Noark 5 endringslogg (n5-v5.0/endringslogg.xsd): the change log of the
 * extraction's cases, records and documents. Our log's field names are the
 * Noark metadata names already (change-log-fields.ts). The schema asks for a
 * value before and after; a field set for the first time had none before,
 * and one cleared has none after: written as «(ingen)».
 */

export const ENDRINGSLOGG_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<endringslogg xmlns="http://www.arkivverket.no/standarder/noark5/endringslogg">\n';
export const ENDRINGSLOGG_END = '</endringslogg>\n';
export const NO_VALUE = '(ingen)';

export function endringXml(e: EndringRow): string {
  return (
    '  <endring>' +
    el('referanseArkivenhet', e.objekt_id) +
    el('referanseMetadata', who(e.felt)) +
    el('endretDato', dateTime(e.endret_dato)) +
    el('endretAv', who(e.endret_av_navn)) +
    el('tidligereVerdi', e.tidligere_verdi || NO_VALUE) +
    el('nyVerdi', e.ny_verdi || NO_VALUE) +
    '</endring>\n'
  );
}
