import { describe, expect, it } from 'vitest';
import { XmlStreamParser } from '../../src/shared/xml/xml-stream-parser.js';
import { UnitCollector } from '../../src/features/uttrekk-import/xml/xml-units.js';

describe('extraction import: the stream grouped into containers and units', () => {
  it('streams containers and reads a case whole: its number comes after its records in the XML', () => {
    const c = new UnitCollector({ containers: new Set(['arkivdel', 'klasse']), units: new Set(['mappe']) });
    const p = new XmlStreamParser(c);
    const xml =
      '<r><arkivdel><tittel>Del</tittel><klasse><klasseID>614</klasseID><mappe><registrering><tittel>Brev</tittel></registrering><saksaar>2019</saksaar></mappe></klasse></arkivdel></r>';
    for (let i = 0; i < xml.length; i += 5) p.write(xml.slice(i, i + 5));
    p.end();
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
