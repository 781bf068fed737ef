import { describe, expect, it } from 'vitest';
import { HostileXml, XmlTokenizer, type XmlLimits } from '../../src/features/uttrekk-import/xml/xml-tokenizer.js';
import { UnitCollector } from '../../src/features/uttrekk-import/xml/xml-units.js';

/** Tokenizes `xml` fed in pieces of `step` bytes; the events as text. */
function tokens(xml: string, step = 3, limits?: Partial<XmlLimits>): string[] {
  const out: string[] = [];
  const t = new XmlTokenizer(
    {
      open: (n, a) => out.push(`<${n}${Object.keys(a).length ? ' ' + JSON.stringify(a) : ''}>`),
      close: (n) => out.push(`</${n}>`),
      text: (s) => out.push(s),
    },
    { maxTextLength: 1000, maxTagLength: 200, maxDepth: 8, maxAttributes: 4, ...limits },
  );
  const bytes = Buffer.from(xml);
  for (let i = 0; i < bytes.length; i += step) t.write(bytes.subarray(i, i + step));
  t.end();
  return out;
}

const refused = (xml: string, limits?: Partial<XmlLimits>) => {
  try {
    tokens(xml, 7, limits);
  } catch (error) {
    if (error instanceof HostileXml) return error.reasonEn;
    throw error;
  }
  return 'accepted';
};

describe('streaming XML tokenizer (extraction import)', () => {
  it('reads elements, attributes, text, CDATA, character references and multi-byte UTF-8 across any chunk boundary', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><n:a xmlns:n="x" xsi:type="n:saksmappe"><b>Søknad &amp; «vedtak» &#229;&#x e5;</b><c><![CDATA[<ikke> &amp; tag]]></c><d/></n:a>';
    for (const step of [1, 2, 5, 1000]) {
      expect(tokens(xml.replace('&#x e5;', '&#xe5;'), step)).toEqual([
        '<a {"xmlns:n":"x","xsi:type":"n:saksmappe"}>',
        '<b>',
        'Søknad & «vedtak» åå',
        '</b>',
        '<c>',
        '<ikke> &amp; tag',
        '</c>',
        '<d>',
        '</d>',
        '</a>',
      ]);
    }
  });

  it('refuses a DOCTYPE (external entities, entity expansion), undeclared entities, processing instructions and other encodings', () => {
    expect(refused('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')).toMatch(/DOCTYPE/);
    expect(refused('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>')).toMatch(
      /DOCTYPE/,
    );
    expect(refused('<a>&x;</a>')).toMatch(/undeclared entity/);
    expect(refused('<a><?php evil ?></a>')).toMatch(/processing instructions/);
    expect(refused('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')).toMatch(/encoding/);
  });

  it('refuses absurd depth, oversized text and tags, too many attributes, and malformed documents', () => {
    expect(refused('<a>'.repeat(9) + '</a>'.repeat(9))).toMatch(/deeper than 8/);
    expect(refused(`<a>${'x'.repeat(1200)}</a>`)).toMatch(/longer than/);
    expect(refused(`<a b="${'x'.repeat(300)}"/>`)).toMatch(/longer than/);
    expect(refused('<a b="1" c="2" d="3" e="4" f="5"/>')).toMatch(/more than 4 attributes/);
    expect(refused('<a><b></a></b>')).toMatch(/does not close/);
    expect(refused('<a>')).toMatch(/never closed/);
    expect(refused('<a/><b/>')).toMatch(/more than one root/);
    expect(refused('<a>x</a')).toMatch(/ends inside a node/);
    expect(tokens('<a>ok</a>')).toEqual(['<a>', 'ok', '</a>']);
  });

  it('groups a stream into containers and whole units: a case whose number comes after its records is read whole', () => {
    const c = new UnitCollector({ containers: new Set(['arkivdel', 'klasse']), units: new Set(['mappe']) });
    const t = new XmlTokenizer(c);
    t.write(
      '<r><arkivdel><tittel>Del</tittel><klasse><klasseID>614</klasseID><mappe><registrering><tittel>Brev</tittel></registrering><saksaar>2019</saksaar></mappe></klasse></arkivdel></r>',
    );
    t.end();
    const summary = c.events.map((e) =>
      e.kind === 'close' ? `/${e.name}` : `${e.kind}:${e.node.name}:${e.node.children.map((x) => x.name).join(',')}`,
    );
    expect(summary).toEqual([
      'open:r:',
      'open:arkivdel:tittel',
      'open:klasse:klasseID',
      'unit:mappe:registrering,saksaar',
      '/klasse',
      '/arkivdel',
      '/r',
    ]);
  });
});
