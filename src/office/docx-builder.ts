import { writeZip } from './zip.js';

/*
 * A minimal, valid WordprocessingML package written from a list of
 * paragraphs: enough for the default templates every organisation starts
 * with. Word, LibreOffice and mammoth open it; the system owner replaces it
 * with the organisation's own designed DOCX when they like.
 */

export interface DocxParagraph {
  text: string;
  style?: 'Title' | 'Heading1' | 'Small' | undefined;
  bold?: boolean | undefined;
}

export interface DocxContent {
  /** Repeated at the top of every page (the letterhead). */
  header?: readonly DocxParagraph[] | undefined;
  body: readonly DocxParagraph[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(p: DocxParagraph): string {
  const pPr = p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : '';
  const rPr = p.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const text = p.text === '' ? '' : `<w:r>${rPr}<w:t xml:space="preserve">${escape(p.text)}</w:t></w:r>`;
  return `<w:p>${pPr}${text}</w:p>`;
}

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
</Types>`;

const PACKAGE_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>\
<Relationship Id="rId2" Type="${REL}/header" Target="header1.xml"/></Relationships>`;

const style = (id: string, name: string, pPr: string, rPr: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;

// Liberation Sans is metric-compatible with Arial and free, so the archival PDF embeds a font every installation has.
const STYLES = `${XML_HEAD}<w:styles xmlns:w="${W}">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans" w:eastAsia="Liberation Sans"/>\
<w:sz w:val="22"/><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
${style('Title', 'Title', '<w:spacing w:before="240" w:after="240"/>', '<w:b/><w:sz w:val="32"/>')}\
${style('Heading1', 'heading 1', '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:b/><w:sz w:val="26"/>')}\
${style('Small', 'Small', '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')}\
</w:styles>`;

/** A4 with 2.5 cm margins and the header 1.25 cm from the edge. */
const SECTION = `<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/>\
<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;

export function buildDocx(content: DocxContent): Buffer {
  const body = content.body.map(paragraph).join('');
  const document = `${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${SECTION}</w:body></w:document>`;
  const header = `${XML_HEAD}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${(content.header ?? [{ text: '' }]).map(paragraph).join('')}</w:hdr>`;
  return writeZip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/header1.xml', header],
  ]);
}
