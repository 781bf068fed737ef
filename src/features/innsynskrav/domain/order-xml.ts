import { parseSaksnummer } from '../../noark/domain/index.js';

/*
 * eInnsyn's order (bestilling) XML, v2 (`<ein:bestilling
 * xmlns:ein="http://einnsyn.no/schema/order/v2">`) and v1 (`<bestilling>`):
 * ../shared/ecosystem/einnsyn/order-v2.xml.mustache and the examples. It
 * comes as eFormidling's innsynskrav message and as the `order.xml`
 * attachment of eInnsyn's e-mail. Read here with a small element reader:
 * the format is flat, without attributes we need, mixed content or DTDs.
 */

export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

export class OrderXmlError extends Error {}

/** Parses elements and their text; comments, processing instructions and CDATA handled; a DOCTYPE refused. */
export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml)) throw new OrderXmlError('DOCTYPE is not allowed');
  const root: XmlElement = { name: '#root', children: [], text: '' };
  const stack = [root];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>]+)[^>]*?(\/?)>|([^<]+)/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[5] !== undefined) top.text += decode(m[5]);
    else if (m[3] !== undefined) {
      const name = m[3].replace(/^[^:]+:/, '');
      if (m[2] === '/') {
        if (top.name !== name) throw new OrderXmlError(`unexpected </${m[3]}>`);
        stack.pop();
      } else {
        const el: XmlElement = { name, children: [], text: '' };
        top.children.push(el);
        if (m[4] !== '/') stack.push(el);
      }
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new OrderXmlError('not one well-formed document element');
  return root.children[0]!;
}

const child = (el: XmlElement | undefined, name: string) => el?.children.find((c) => c.name === name);
const textOf = (el: XmlElement | undefined, name: string) => child(el, name)?.text.trim() || null;

/** A requested document of the order: our record's id if eInnsyn has it (its `systemId`: we publish the record's id), else its numbers. */
export interface BestiltDokument {
  journalpostId: string | null;
  saksaar: number | null;
  sakssekvensnummer: number | null;
  journalpostnummer: number | null;
  /** As written in the order, for error messages. */
  referanse: string;
}

export interface EInnsynBestilling {
  id: string;
  orgnr: string | null;
  epost: string;
  navn: string | null;
  dokumenter: BestiltDokument[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads an eInnsyn order (v1 or v2); an `OrderXmlError` says what is missing. */
export function parseEInnsynOrder(xml: string): EInnsynBestilling {
  const root = parseXml(xml);
  if (root.name !== 'bestilling') throw new OrderXmlError(`the document element is <${root.name}>, not <bestilling>`);
  const id = textOf(root, 'id');
  const kontakt = child(root, 'kontaktinfo');
  const epost = textOf(kontakt, 'e-post');
  if (!id) throw new OrderXmlError('the order has no <id>');
  if (!epost) throw new OrderXmlError('the order has no <kontaktinfo><e-post>');
  const dokumenter = (child(root, 'dokumenter')?.children ?? [])
    .filter((d) => d.name === 'dokument')
    .map((d): BestiltDokument => {
      const saksnr = textOf(d, 'saksnr');
      const dokumentnr = textOf(d, 'dokumentnr');
      // systemId is the record's id as we publish it; fagsysteminfo names the sending system, the same for every document.
      const systemId = textOf(d, 'systemId');
      const ownId = systemId && UUID.test(systemId) ? systemId : null;
      const sak = saksnr ? parseSaksnummer(saksnr) : undefined;
      const nr = dokumentnr && /^\d{1,9}$/.test(dokumentnr) ? Number(dokumentnr) : null;
      return {
        journalpostId: ownId,
        saksaar: sak?.saksaar ?? null,
        sakssekvensnummer: sak?.sakssekvensnummer ?? null,
        journalpostnummer: nr,
        referanse: saksnr && dokumentnr ? `${saksnr}-${dokumentnr}` : (textOf(d, 'id') ?? '?'),
      };
    });
  if (dokumenter.length === 0) throw new OrderXmlError('the order names no <dokument>');
  return { id, orgnr: textOf(child(root, 'til'), 'orgnr'), epost, navn: textOf(kontakt, 'navn'), dokumenter };
}
