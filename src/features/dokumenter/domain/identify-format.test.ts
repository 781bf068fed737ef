import { describe, expect, it } from 'vitest';
import { identifyFormat } from './identify-format.js';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** A ZIP local file header (30 bytes) followed by the entry name and its stored content. */
const zipEntry = (name: string, content = '') =>
  bytes([0x50, 0x4b, 0x03, 0x04], new Array(22).fill(0) as number[], [name.length, 0, 0, 0], name, content);
const xmp = (part: string, conformance: string) =>
  `<x:xmpmeta><rdf:Description pdfaid:part="${part}" pdfaid:conformance="${conformance}"/></x:xmpmeta>`;

describe('identifyFormat', () => {
  it.each([
    ['1.4', 'fmt/18'],
    ['1.7', 'fmt/276'],
    ['1.0', 'fmt/14'],
    ['1.6', 'fmt/20'],
  ])('reads PDF %s as %s', (version, puid) => {
    expect(identifyFormat(bytes(`%PDF-${version}\n%âãÏÓ\n1 0 obj`), 'brev.pdf')).toEqual({
      format: puid,
      mimeType: 'application/pdf',
      formatDetaljer: `PDF ${version}`,
    });
  });

  it('recognises PDF/A from the XMP claim, in attribute and element form', () => {
    expect(identifyFormat(bytes('%PDF-1.4\n', xmp('1', 'B')), 'a.pdf').format).toBe('fmt/354');
    expect(identifyFormat(bytes('%PDF-1.4\n', xmp('1', 'A')), 'a.pdf').formatDetaljer).toBe('PDF/A-1a');
    expect(identifyFormat(bytes('%PDF-1.7\n', xmp('2', 'b')), 'a.pdf').format).toBe('fmt/477');
    const element = '<pdfaid:part>3</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance>';
    expect(identifyFormat(bytes('%PDF-1.7\n', element), 'a.pdf').format).toBe('fmt/481');
  });

  it('trusts the bytes over the name', () => {
    expect(identifyFormat(bytes('%PDF-1.5\n'), 'scan.jpg').format).toBe('fmt/19');
    expect(identifyFormat(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x.pdf')).toMatchObject({
      format: 'fmt/13',
      mimeType: 'image/png',
    });
  });

  it('tells the office packages apart', () => {
    const docx = bytes(zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('word/document.xml'));
    expect(identifyFormat(docx, 'vedtak.docx')).toMatchObject({ format: 'fmt/412', mimeType: expect.stringContaining('wordprocessingml') });
    expect(identifyFormat(bytes(zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')), 'budsjett').format).toBe('fmt/214');
    const odt = zipEntry('mimetype', 'application/vnd.oasis.opendocument.text');
    expect(identifyFormat(odt, 'notat.odt')).toMatchObject({ format: 'fmt/291', mimeType: 'application/vnd.oasis.opendocument.text' });
    expect(identifyFormat(zipEntry('data.bin'), 'arkiv.zip').format).toBe('x-fmt/263');
    expect(identifyFormat(zipEntry('data.bin'), 'rapport.docx').format).toBe('fmt/412');
  });

  it('reads JPEG by JFIF version and TIFF in both byte orders', () => {
    const jfif = (minor: number) => bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF\0', [1, minor]);
    expect(identifyFormat(jfif(0), 'a.jpg').format).toBe('fmt/42');
    expect(identifyFormat(jfif(1), 'a.jpg').format).toBe('fmt/43');
    expect(identifyFormat(bytes([0xff, 0xd8, 0xff, 0xe1, 0, 16], 'Exif\0'), 'a.jpg')).toMatchObject({
      format: 'fmt/43',
      mimeType: 'image/jpeg',
    });
    expect(identifyFormat(bytes([0x49, 0x49, 0x2a, 0]), 'scan.tif').format).toBe('fmt/353');
    expect(identifyFormat(bytes([0x4d, 0x4d, 0, 0x2a]), 'scan').format).toBe('fmt/353');
  });

  it('tells XML, e-mail and plain text apart by content', () => {
    expect(identifyFormat(bytes('<?xml version="1.0" encoding="UTF-8"?><arkiv/>'), 'arkivuttrekk.xml').format).toBe('fmt/101');
    expect(identifyFormat(bytes('\xef\xbb\xbf<?xml version="1.0"?><a/>'), 'x').format).toBe('fmt/101');
    const mail = 'Return-Path: <ola@example.no>\r\nFrom: Ola <ola@example.no>\r\nTo: post@valer.kommune.no\r\nSubject: Søknad\r\n\r\nHei';
    expect(identifyFormat(bytes(mail), 'innkommende.eml')).toMatchObject({ format: 'fmt/950', mimeType: 'message/rfc822' });
    expect(identifyFormat(bytes(Buffer.from('Møtereferat fra oppvekstutvalget\nSak 12/26', 'utf8').toString('latin1')), 'ref.txt')).toEqual(
      {
        format: 'x-fmt/111',
        mimeType: 'text/plain; charset=utf-8',
        formatDetaljer: 'Ren tekst',
      },
    );
    expect(identifyFormat(bytes('M\xf8tereferat'), 'gammel.txt').mimeType).toBe('text/plain; charset=windows-1252');
    expect(identifyFormat(bytes('From: is how this note starts\nbut it is no mail'), 'n.txt').format).toBe('x-fmt/111');
  });

  it('gives av/0 and the declared (or a safe) mime type to what it does not know', () => {
    expect(identifyFormat(bytes([0, 1, 2, 3, 0xfe]), 'data.bin', 'application/x-custom')).toEqual({
      format: 'av/0',
      mimeType: 'application/x-custom',
      formatDetaljer: null,
    });
    expect(identifyFormat(bytes([0, 1, 2]), 'data.bin', 'text/html<script>').mimeType).toBe('application/octet-stream');
    expect(identifyFormat(new Uint8Array(), 'tom.txt').format).toBe('av/0');
  });
});
