/**
 * A small streaming XML tokenizer for the archive's own formats (Noark 5
 * extractions, ADDML). It reads chunk by chunk and keeps only the markup or
 * text node being read, so memory stays flat however large the file is.
 *
 * Deliberately strict and small: no DTDs (a DOCTYPE is refused, which also
 * shuts out external entities and entity expansion), only the five predefined
 * entities and character references, element nesting checked, and limits on
 * the size of one node and the depth of the tree.
 */

export interface XmlHandler {
  /** An element starts. `name` is the local name (prefix dropped); attributes keep their qualified names. */
  open(name: string, attributes: Record<string, string>, line: number): void;
  /** Character data (entities decoded, CDATA included), possibly in several pieces. */
  text(text: string): void;
  close(name: string, line: number): void;
}

export interface XmlLimits {
  /** The longest single text node, tag or comment, in characters. */
  maxNodeLength: number;
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxNodeLength: 16 * 1024 * 1024, maxDepth: 256 };

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (linje ${line})`);
    this.name = 'XmlSyntaxError';
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.\-:]*$/;
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export class XmlStreamParser {
  private buffer = '';
  private line = 1;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly limits: XmlLimits = DEFAULT_XML_LIMITS,
  ) {}

  write(chunk: string): void {
    this.buffer += chunk;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    if (!this.rootSeen) throw new XmlSyntaxError('Filen har ikke noe rotelement', this.line);
    if (this.stack.length > 0) throw new XmlSyntaxError(`Elementet <${this.stack[this.stack.length - 1]}> er ikke avsluttet`, this.line);
  }

  private drain(final: boolean): void {
    let pos = 0;
    const buf = this.buffer;
    while (pos < buf.length) {
      const next = buf[pos] === '<' ? this.markup(buf, pos, final) : this.characters(buf, pos, final);
      if (next < 0) break;
      pos = next;
    }
    this.buffer = buf.slice(pos);
    if (this.buffer.length > this.limits.maxNodeLength) throw new XmlSyntaxError('En node er større enn grensen', this.line);
    if (final && this.buffer.length > 0) throw new XmlSyntaxError('Filen slutter midt i en node', this.line);
  }

  /** Text up to the next '<'; -1 when the text may go on in the next chunk. */
  private characters(buf: string, pos: number, final: boolean): number {
    const lt = buf.indexOf('<', pos);
    if (lt < 0 && !final) return -1;
    const end = lt < 0 ? buf.length : lt;
    const raw = buf.slice(pos, end);
    if (this.stack.length === 0) {
      if (raw.trim() !== '') throw new XmlSyntaxError('Tekst utenfor rotelementet', this.line);
    } else {
      this.handler.text(this.decode(raw));
    }
    this.countLines(raw);
    return end;
  }

  private markup(buf: string, pos: number, final: boolean): number {
    if (buf.startsWith('<!--', pos)) return this.skipUntil(buf, pos, '-->', final);
    if (buf.startsWith('<?', pos)) return this.skipUntil(buf, pos, '?>', final);
    if (buf.startsWith('<![CDATA[', pos)) return this.cdata(buf, pos, final);
    if (buf.startsWith('<!', pos)) {
      if (!final && buf.length - pos < 9) return -1;
      throw new XmlSyntaxError('DTD-er og entitetsdeklarasjoner (<!DOCTYPE …>) er ikke tillatt', this.line);
    }
    const end = tagEnd(buf, pos);
    if (end === -2) throw new XmlSyntaxError('Et «<» inne i en tagg', this.line);
    if (end < 0) {
      if (final) throw new XmlSyntaxError('Filen slutter midt i en tagg', this.line);
      return -1;
    }
    const tag = buf.slice(pos + 1, end);
    if (tag.startsWith('/')) this.closeTag(tag.slice(1).trim());
    else this.openTag(tag);
    this.countLines(tag);
    return end + 1;
  }

  private skipUntil(buf: string, pos: number, terminator: string, final: boolean): number {
    const end = buf.indexOf(terminator, pos + 2);
    if (end < 0) {
      if (final) throw new XmlSyntaxError(`Mangler «${terminator}»`, this.line);
      return -1;
    }
    this.countLines(buf.slice(pos, end));
    return end + terminator.length;
  }

  private cdata(buf: string, pos: number, final: boolean): number {
    const end = buf.indexOf(']]>', pos + 9);
    if (end < 0) {
      if (final) throw new XmlSyntaxError('CDATA-blokken er ikke avsluttet', this.line);
      return -1;
    }
    if (this.stack.length === 0) throw new XmlSyntaxError('CDATA utenfor rotelementet', this.line);
    const text = buf.slice(pos + 9, end);
    this.handler.text(text);
    this.countLines(text);
    return end + 3;
  }

  private openTag(tag: string): void {
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const match = /^([^\s]+)/.exec(body);
    const qname = match?.[1] ?? '';
    if (!NAME.test(qname)) throw new XmlSyntaxError(`Ugyldig elementnavn «${qname}»`, this.line);
    if (this.rootClosed || (this.stack.length === 0 && this.rootSeen)) throw new XmlSyntaxError('Mer enn ett rotelement', this.line);
    if (this.stack.length >= this.limits.maxDepth) throw new XmlSyntaxError('Elementene er nøstet for dypt', this.line);
    const name = localName(qname);
    this.rootSeen = true;
    this.handler.open(name, this.attributes(body.slice(qname.length)), this.line);
    if (selfClosing) this.finish(name);
    else this.stack.push(qname);
  }

  private closeTag(qname: string): void {
    const open = this.stack.pop();
    if (open !== qname) throw new XmlSyntaxError(`</${qname}> lukker ikke <${open ?? '(ingenting)'}>`, this.line);
    this.finish(localName(qname));
  }

  private finish(name: string): void {
    this.handler.close(name, this.line);
    if (this.stack.length === 0) this.rootClosed = true;
  }

  private attributes(rest: string): Record<string, string> {
    const attributes: Record<string, string> = {};
    if (rest.trim() === '') return attributes;
    for (const m of rest.matchAll(ATTRIBUTE)) {
      const [, name = '', double, single] = m;
      if (name in attributes) throw new XmlSyntaxError(`Attributtet «${name}» står to ganger`, this.line);
      attributes[name] = this.decode(double ?? single ?? '');
    }
    if (rest.replace(ATTRIBUTE, '').trim() !== '') throw new XmlSyntaxError('Ugyldige attributter', this.line);
    return attributes;
  }

  private decode(raw: string): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) throw new XmlSyntaxError('Et «&» som ikke innleder en entitet', this.line);
      const predefined = PREDEFINED[ref];
      if (predefined !== undefined) return predefined;
      const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
      if (code === undefined) throw new XmlSyntaxError(`Ukjent entitet «&${ref};»`, this.line);
      const value = ref.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10);
      if (value === 0 || value > 0x10ffff) throw new XmlSyntaxError(`Ugyldig tegnreferanse «&${ref};»`, this.line);
      return String.fromCodePoint(value);
    });
  }

  private countLines(text: string): void {
    let i = text.indexOf('\n');
    while (i >= 0) {
      this.line++;
      i = text.indexOf('\n', i + 1);
    }
  }
}

/** The end ('>') of the tag starting at `pos`, skipping quoted attribute values; -1 if not in the buffer. */
function tagEnd(buf: string, pos: number): number {
  let quote = '';
  for (let i = pos + 1; i < buf.length; i++) {
    const c = buf[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    } else if (c === '<') {
      return -2;
    }
  }
  return -1;
}

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}
