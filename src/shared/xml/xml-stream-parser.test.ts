import { describe, expect, it } from 'vitest';
import { XmlStreamParser, XmlSyntaxError } from './xml-stream-parser.js';

type Event = [string, ...unknown[]];

/** Parses `xml` fed in pieces of `size` characters; the events in order. */
function parse(xml: string, size = xml.length): Event[] {
  const events: Event[] = [];
  const parser = new XmlStreamParser({
    open: (name, attributes, line) => events.push(['open', name, attributes, line]),
    text: (text) => {
      const last = events[events.length - 1];
      if (last?.[0] === 'text') last[1] = `${last[1] as string}${text}`;
      else events.push(['text', text]);
    },
    close: (name) => events.push(['close', name]),
  });
  for (let i = 0; i < xml.length; i += size) parser.write(xml.slice(i, i + size));
  parser.end();
  return events.filter((e) => e[0] !== 'text' || (e[1] as string).trim() !== '');
}

const DOC = `<?xml version="1.0" encoding="utf-8"?>
<!-- a comment with <tags> -->
<n:arkiv xmlns:n="urn:x" xmlns:xsi="urn:xsi">
  <mappe xsi:type="saksmappe" a='1 &gt; 0'>
    <tittel>Bl&#229;b&#xE6;r &amp; &lt;tang&gt; <![CDATA[<rå> & ]]>slutt</tittel>
    <tom/>
  </mappe>
</n:arkiv>`;

describe('XmlStreamParser', () => {
  it('reads elements, attributes, entities, CDATA and line numbers', () => {
    expect(parse(DOC)).toEqual([
      ['open', 'arkiv', { 'xmlns:n': 'urn:x', 'xmlns:xsi': 'urn:xsi' }, 3],
      ['open', 'mappe', { 'xsi:type': 'saksmappe', a: '1 > 0' }, 4],
      ['open', 'tittel', {}, 5],
      ['text', 'Blåbær & <tang> <rå> & slutt'],
      ['close', 'tittel'],
      ['open', 'tom', {}, 6],
      ['close', 'tom'],
      ['close', 'mappe'],
      ['close', 'arkiv'],
    ]);
  });

  it('gives the same events however the input is cut into chunks', () => {
    const whole = parse(DOC);
    for (const size of [1, 2, 3, 7, 64]) expect(parse(DOC, size)).toEqual(whole);
  });

  it.each([
    ['a DTD', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', 'DOCTYPE'],
    ['an unknown entity', '<a>&e;</a>', 'Ukjent entitet'],
    ['a bare ampersand', '<a>fish & chips</a>', '«&»'],
    ['crossed tags', '<a><b></a></b>', 'lukker ikke'],
    ['an unclosed element', '<a><b></b>', 'ikke avsluttet'],
    ['two roots', '<a/><b/>', 'Mer enn ett rotelement'],
    ['text outside the root', 'x<a/>', 'Tekst utenfor'],
    ['no root', '<?xml version="1.0"?>', 'rotelement'],
    ['a NUL character reference', '<a>&#0;</a>', 'Ugyldig tegnreferanse'],
  ])('refuses %s', (_what, xml, message) => {
    expect(() => parse(xml)).toThrow(XmlSyntaxError);
    expect(() => parse(xml)).toThrow(message);
  });

  it('refuses a node larger than the limit and nesting deeper than the limit', () => {
    const parser = (max: number, depth: number) =>
      new XmlStreamParser({ open: () => {}, text: () => {}, close: () => {} }, { maxNodeLength: max, maxDepth: depth });
    expect(() => parser(100, 10).write(`<a>${'x'.repeat(200)}`)).toThrow('større enn grensen');
    expect(() => parser(1000, 3).write('<a><b><c><d>')).toThrow('nøstet for dypt');
  });
});
