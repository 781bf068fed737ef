/*
 * Merge fields in WordprocessingML are written «{{feltnavn}}» in the text.
 * Word often splits what the user typed over several runs (spell check,
 * revision ids, a changed format mid-word), so `{{sak.` may sit in one
 * <w:t> and `tittel}}` in the next. We read the text of every <w:t> in order,
 * find the placeholders in the joined text of each paragraph, and write the
 * value into the text node where the placeholder starts, taking its
 * characters out of the nodes it spans. That node's run keeps its
 * formatting, the other runs keep theirs, and nothing else in the XML moves.
 */

/** `{{ name }}`: letters, digits and dots; spaces inside the braces are allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9.]*)\s*\}\}/g;
const TEXT_NODE = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>/g;
const PARAGRAPH_END = /<\/w:p>/g;
/** Stands between paragraphs in the joined text, so no placeholder spans two. */
const BOUNDARY = '\u0000';

interface TextNode {
  /** Where the node's text starts and ends in the XML. */
  start: number;
  end: number;
  text: string;
  /** Where its text starts in the joined text. */
  at: number;
}

function textNodes(xml: string): { nodes: TextNode[]; joined: string } {
  const ends = [...xml.matchAll(PARAGRAPH_END)].map((m) => m.index);
  const nodes: TextNode[] = [];
  let joined = '';
  let nextEnd = 0;
  for (const m of xml.matchAll(TEXT_NODE)) {
    while (nextEnd < ends.length && ends[nextEnd]! < m.index) {
      joined += BOUNDARY;
      nextEnd++;
    }
    const text = m[1] ?? '';
    const start = m[1] === undefined ? m.index : m.index + m[0].indexOf('>') + 1;
    nodes.push({ start, end: start + text.length, text, at: joined.length });
    joined += text;
  }
  return { nodes, joined };
}

/** The names of the placeholders in a part, once each, in order of appearance. */
export function placeholdersIn(xml: string): string[] {
  const { joined } = textNodes(xml);
  return [...new Set([...joined.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The text of a part, paragraphs on their own lines (for checking a template's sections). */
export function paragraphTexts(xml: string): string[] {
  return textNodes(xml)
    .joined.split(BOUNDARY)
    .map((p) => unescapeXml(p).trim())
    .filter((p) => p !== '');
}

/**
 * Replaces every placeholder whose name `values` knows; others stay as they
 * are (the upload refuses templates with unknown names). A value's line
 * breaks become <w:br/> in the same run.
 */
export function mergeXml(xml: string, values: ReadonlyMap<string, string>): string {
  const { nodes, joined } = textNodes(xml);
  const edits = new Map<number, Edit[]>();
  let node = 0;
  for (const m of joined.matchAll(PLACEHOLDER)) {
    const value = values.get(m[1]!);
    if (value === undefined) continue;
    const from = m.index;
    const to = from + m[0].length;
    while (nodes[node]!.at + nodes[node]!.text.length <= from) node++;
    // The value goes where the placeholder starts; its other characters leave the nodes they sit in.
    for (let i = node; i < nodes.length && nodes[i]!.at < to; i++) {
      const n = nodes[i]!;
      const edit = {
        a: Math.max(from, n.at) - n.at,
        b: Math.min(to, n.at + n.text.length) - n.at,
        value: i === node ? runText(value) : '',
      };
      edits.set(i, [...(edits.get(i) ?? []), edit]);
    }
  }
  return rebuild(xml, nodes, edits);
}

/** Replace [a, b) of a text node's original text by `value`. */
interface Edit {
  a: number;
  b: number;
  value: string;
}

function rebuild(xml: string, nodes: TextNode[], edits: ReadonlyMap<number, Edit[]>): string {
  let out = '';
  let last = 0;
  nodes.forEach((n, i) => {
    const own = edits.get(i);
    if (!own) return;
    // Placeholders do not overlap, so a node's edits apply from the last to the first without moving each other.
    const text = own.reduceRight((t, e) => t.slice(0, e.a) + e.value + t.slice(e.b), n.text);
    out += xml.slice(last, n.start) + text;
    last = n.end;
  });
  out += xml.slice(last);
  return preserveSpaces(out);
}

/** A value's text for inside <w:t>: escaped, line breaks as <w:br/> between text nodes of the same run. */
function runText(value: string): string {
  return escapeXml(value).split(/\r?\n/).join('</w:t><w:br/><w:t xml:space="preserve">');
}

/** Merged values may start or end with spaces; a <w:t> without xml:space="preserve" would lose them. */
function preserveSpaces(xml: string): string {
  return xml.replace(/<w:t>/g, '<w:t xml:space="preserve">');
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
