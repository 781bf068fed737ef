import { describe, expect, it } from 'vitest';
import { mergeXml, paragraphTexts, placeholdersIn } from './merge-xml.js';

const values = new Map([
  ['sak.tittel', 'Garasje & carport <ny>'],
  ['mottaker.navn', 'Kari Nordmann'],
  ['mottaker.adresseblokk', 'Kari Nordmann\nStorgata 1\n2270 Flisa'],
  ['tom', ''],
]);
const run = (t: string, rPr = '') => `<w:r>${rPr}<w:t>${t}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

describe('merging placeholders into WordprocessingML', () => {
  it('fills a placeholder inside one run, escaping the value', () => {
    const xml = para(run('Sak: {{sak.tittel}}.'));
    expect(mergeXml(xml, values)).toBe(para('<w:r><w:t xml:space="preserve">Sak: Garasje &amp; carport &lt;ny&gt;.</w:t></w:r>'));
  });

  it("fills one Word split over runs, proofing marks and bookmarks, in the first run's formatting", () => {
    const xml = para(
      run('Til {{mott', '<w:rPr><w:b/></w:rPr>'),
      '<w:proofErr w:type="spellStart"/>',
      run('aker'),
      '<w:bookmarkStart w:id="0" w:name="x"/>',
      run('.navn}'),
      run('} hilsen', '<w:rPr><w:i/></w:rPr>'),
    );
    const merged = mergeXml(xml, values);
    expect(merged).toContain('<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Til Kari Nordmann</w:t>');
    expect(merged).toContain('<w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> hilsen</w:t>');
    expect(merged).toContain('<w:proofErr w:type="spellStart"/>');
    expect(merged).not.toContain('{');
    expect(merged).not.toContain('}');
  });

  it('fills several placeholders in one text node and spaces inside the braces', () => {
    const merged = mergeXml(para(run('{{mottaker.navn}} / {{ sak.tittel }}!')), values);
    expect(merged).toContain('Kari Nordmann / Garasje &amp; carport &lt;ny&gt;!');
  });

  it('turns line breaks of a value into <w:br/> within the run', () => {
    const merged = mergeXml(para(run('{{mottaker.adresseblokk}}')), values);
    expect(merged).toContain(
      'Kari Nordmann</w:t><w:br/><w:t xml:space="preserve">Storgata 1</w:t><w:br/><w:t xml:space="preserve">2270 Flisa',
    );
  });

  it('never joins a placeholder across paragraphs, and leaves unknown names and empty values as asked', () => {
    const xml = para(run('{{sak.')) + para(run('tittel}}')) + para(run('{{ukjent.felt}}{{tom}}x'));
    const merged = mergeXml(xml, values);
    expect(merged).toContain('{{sak.');
    expect(merged).toContain('tittel}}');
    expect(merged).toContain('{{ukjent.felt}}x');
  });

  it('leaves w:tab, w:tbl and self-closing w:t alone', () => {
    const xml = `<w:tbl><w:tr><w:tc>${para('<w:r><w:tab/><w:t/></w:r>', run('{{mottaker.navn}}'))}</w:tc></w:tr></w:tbl>`;
    expect(mergeXml(xml, values)).toBe(
      `<w:tbl><w:tr><w:tc>${para('<w:r><w:tab/><w:t/></w:r>', '<w:r><w:t xml:space="preserve">Kari Nordmann</w:t></w:r>')}</w:tc></w:tr></w:tbl>`,
    );
  });

  it('lists the placeholders of a part once each, also when split, and its paragraphs as text', () => {
    const xml =
      para(run('{{sak.'), run('tittel}} og {{mottaker.navn}}')) + para(run('{{sak.tittel}}')) + para(run('Forslag til &amp; vedtak'));
    expect(placeholdersIn(xml)).toEqual(['sak.tittel', 'mottaker.navn']);
    expect(paragraphTexts(xml)).toEqual(['{{sak.tittel}} og {{mottaker.navn}}', '{{sak.tittel}}', 'Forslag til & vedtak']);
  });
});
