import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrderXmlError, parseEInnsynOrder, parseXml } from './order-xml.js';

const fixture = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../../tests/innsynskrav/fixtures', name), 'utf8');

describe("eInnsyn's order XML", () => {
  it('reads the v2 example: the order id, the organisation, the e-mail, each document by our id or its numbers', () => {
    const order = parseEInnsynOrder(fixture('order-v2.example.xml'));
    expect(order).toMatchObject({ id: 'ik_something', orgnr: '123456789', epost: 'test@example.com', navn: null });
    expect(order.dokumenter).toEqual([
      {
        journalpostId: '303d18bd-d173-4d5f-994a-d08cb929e79f',
        saksaar: 2020,
        sakssekvensnummer: 1,
        journalpostnummer: 1,
        referanse: '2020/1-1',
      },
      { journalpostId: null, saksaar: 2020, sakssekvensnummer: 2, journalpostnummer: 2, referanse: '2020/2-2' },
      { journalpostId: null, saksaar: 2020, sakssekvensnummer: 2, journalpostnummer: 3, referanse: '2020/2-3' },
    ]);
  });

  it('reads the v1 example, which has no organisation number and no ids', () => {
    const order = parseEInnsynOrder(fixture('order-v1.example.xml'));
    expect(order).toMatchObject({ id: 'ik_something', orgnr: null, epost: 'test@example.com' });
    expect(order.dokumenter).toEqual([
      { journalpostId: null, saksaar: 2020, sakssekvensnummer: 1, journalpostnummer: 1, referanse: '2020/1-1' },
    ]);
  });

  it('decodes entities and CDATA, and refuses what is not one well-formed order', () => {
    expect(parseXml('<a><b>R&amp;D &#229;<![CDATA[<x>]]></b></a>').children[0]!.text).toBe('R&D å<x>');
    expect(() => parseXml('<a><b></a>')).toThrow(OrderXmlError);
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a/>')).toThrow(/DOCTYPE/);
    expect(() => parseEInnsynOrder('<bestilling><id>1</id></bestilling>')).toThrow(/e-post/);
    expect(() => parseEInnsynOrder('<ordre/>')).toThrow(/<ordre>/);
  });
});
