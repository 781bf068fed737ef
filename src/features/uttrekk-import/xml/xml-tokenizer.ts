/**
 * A small streaming XML tokenizer for extraction packages (no XML parser
 * that streams is among our dependencies). It reads what a Noark 5
 * extraction needs — elements, attributes, text, CDATA, comments, the XML
 * declaration — and refuses whatever could make it a weapon: a DOCTYPE
 * (the only place entities are declared, so no external entities and no
 * entity expansion), references to undeclared entities, processing
 * instructions other than the declaration, and nodes, names, attribute lists
 * or nesting beyond the limits. Refusals are `HostileXml` with a clear text.
 */

export interface XmlLimits {
  /** Longest text node or attribute value, in characters. */
  maxTextLength: number;
  /** Longest tag (name and attributes), in characters. */
  maxTagLength: number;
  maxDepth: number;
  maxAttributes: number;
}

export const DEFAULT_LIMITS: XmlLimits = { maxTextLength: 1_000_000, maxTagLength: 16_384, maxDepth: 64, maxAttributes: 32 };

export class HostileXml extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
    this.name = 'HostileXml';
  }
}

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Local name: the part after a namespace prefix. */
export const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new HostileXml('ufullstendig entitetsreferanse', 'incomplete entity reference');
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff)
        throw new HostileXml(`ugyldig tegnreferanse &${ref};`, `invalid character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    const known = PREDEFINED[ref];
    if (known === undefined)
      throw new HostileXml(
        `udeklarert entitet &${ref}; (entiteter er ikke tillatt)`,
        `undeclared entity &${ref}; (entities are not allowed)`,
      );
    return known;
  });
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ATTR = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export class XmlTokenizer {
  private buffer = '';
  private readonly stack: string[] = [];
  private seenRoot = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly handler: XmlHandler,
    private readonly limits: XmlLimits = DEFAULT_LIMITS,
  ) {}

  write(chunk: Uint8Array | string): void {
    this.buffer += typeof chunk === 'string' ? chunk : this.decode(chunk);
    this.drain();
    const longest = Math.max(this.limits.maxTextLength, this.limits.maxTagLength);
    if (this.buffer.length > longest + 16) {
      throw new HostileXml(`en node er lengre enn grensen på ${longest} tegn`, `a node is longer than the limit of ${longest} characters`);
    }
  }

  end(): void {
    this.buffer += this.decode(undefined);
    this.drain();
    if (this.buffer.trim() !== '') throw new HostileXml('filen slutter midt i en node', 'the file ends inside a node');
    if (!this.seenRoot) throw new HostileXml('filen har ikke noe rotelement', 'the file has no root element');
    if (this.stack.length > 0)
      throw new HostileXml(`elementet <${this.stack.at(-1)}> lukkes aldri`, `element <${this.stack.at(-1)}> is never closed`);
  }

  private decode(chunk: Uint8Array | undefined): string {
    try {
      return chunk ? this.decoder.decode(chunk, { stream: true }) : this.decoder.decode();
    } catch {
      throw new HostileXml('filen er ikke gyldig UTF-8', 'the file is not valid UTF-8');
    }
  }

  /** Consumes every complete token in the buffer; an incomplete one waits for more input. */
  private drain(): void {
    let pos = 0;
    const buf = this.buffer;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt === -1) {
        // Text may continue in the next chunk; keep it (bounded by write's check).
        break;
      }
      if (lt > pos) this.emitText(buf.slice(pos, lt));
      const consumed = this.token(buf, lt);
      if (consumed === -1) {
        pos = lt;
        this.buffer = buf.slice(pos);
        return;
      }
      pos = consumed;
    }
    this.buffer = buf.slice(pos);
    if (this.buffer.length > this.limits.maxTextLength) {
      throw new HostileXml(
        `en tekstnode er lengre enn ${this.limits.maxTextLength} tegn`,
        `a text node is longer than ${this.limits.maxTextLength} characters`,
      );
    }
  }

  /** Handles the token at `lt`; the position after it, or -1 when it is not complete yet. */
  private token(buf: string, lt: number): number {
    const rest = buf.slice(lt, lt + 9);
    if (rest.length < 9 && ['<!--', '<![CDATA[', '<!DOCTYPE', '<?'].some((p) => p.length > rest.length && p.startsWith(rest))) return -1;
    if (buf.startsWith('<!--', lt)) return this.until(buf, lt, '-->', this.limits.maxTextLength, () => undefined);
    if (buf.startsWith('<![CDATA[', lt)) {
      return this.until(buf, lt, ']]>', this.limits.maxTextLength, (body) => this.emitRaw(body.slice('<![CDATA['.length)));
    }
    if (buf.startsWith('<!', lt)) {
      throw new HostileXml(
        'DOCTYPE/DTD er ikke tillatt (eksterne entiteter og entitetsutvidelse avvises)',
        'DOCTYPE/DTD is not allowed (external entities and entity expansion are refused)',
      );
    }
    if (buf.startsWith('<?', lt)) {
      return this.until(buf, lt, '?>', this.limits.maxTagLength, (body) => {
        if (!/^<\?xml\s/.test(body) || this.seenRoot)
          throw new HostileXml('behandlingsinstruksjoner er ikke tillatt', 'processing instructions are not allowed');
        const encoding = /encoding\s*=\s*["']([^"']+)["']/.exec(body)?.[1];
        if (encoding && encoding.toLowerCase() !== 'utf-8')
          throw new HostileXml(`tegnsett ${encoding} støttes ikke (bare UTF-8)`, `encoding ${encoding} is not supported (UTF-8 only)`);
      });
    }
    return this.until(buf, lt, '>', this.limits.maxTagLength, (body) => this.tag(body.slice(1)));
  }

  private until(buf: string, lt: number, terminator: string, limit: number, then: (body: string) => void): number {
    const end = buf.indexOf(terminator, lt);
    if (end === -1) {
      if (buf.length - lt > limit + 16)
        throw new HostileXml(`en node er lengre enn grensen på ${limit} tegn`, `a node is longer than the limit of ${limit} characters`);
      return -1;
    }
    if (end - lt > limit + 16)
      throw new HostileXml(`en node er lengre enn grensen på ${limit} tegn`, `a node is longer than the limit of ${limit} characters`);
    then(buf.slice(lt, end));
    return end + terminator.length;
  }

  private tag(body: string): void {
    if (body.startsWith('/')) return this.closeTag(body.slice(1).trim());
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const name = /^[^\s/]+/.exec(inner)?.[0] ?? '';
    if (!NAME.test(name)) throw new HostileXml(`ugyldig elementnavn «${name.slice(0, 40)}»`, `invalid element name "${name.slice(0, 40)}"`);
    if (this.stack.length === 0 && this.seenRoot) throw new HostileXml('mer enn ett rotelement', 'more than one root element');
    if (this.stack.length >= this.limits.maxDepth) {
      throw new HostileXml(
        `elementene er nøstet dypere enn ${this.limits.maxDepth} nivåer`,
        `elements nest deeper than ${this.limits.maxDepth} levels`,
      );
    }
    const attrs = this.attributes(inner.slice(name.length));
    this.seenRoot = true;
    this.stack.push(name);
    this.handler.open(localName(name), attrs);
    if (selfClosing) this.closeTag(name);
  }

  private attributes(source: string): Record<string, string> {
    const attrs: Record<string, string> = {};
    let count = 0;
    for (const match of source.matchAll(ATTR)) {
      if (++count > this.limits.maxAttributes)
        throw new HostileXml(`mer enn ${this.limits.maxAttributes} attributter`, `more than ${this.limits.maxAttributes} attributes`);
      attrs[match[1]!] = decodeEntities(match[3] ?? match[4] ?? '');
    }
    if (source.replace(ATTR, '').trim() !== '') throw new HostileXml('ugyldig attributt', 'malformed attribute');
    return attrs;
  }

  private closeTag(name: string): void {
    const open = this.stack.pop();
    if (open !== name) throw new HostileXml(`</${name}> lukker ikke <${open ?? ''}>`, `</${name}> does not close <${open ?? ''}>`);
    this.handler.close(localName(name));
  }

  private emitText(raw: string): void {
    if (this.stack.length === 0) {
      if (raw.trim() !== '') throw new HostileXml('tekst utenfor rotelementet', 'text outside the root element');
      return;
    }
    this.emitRaw(decodeEntities(raw));
  }

  private emitRaw(text: string): void {
    if (text.length > this.limits.maxTextLength) {
      throw new HostileXml(
        `en tekstnode er lengre enn ${this.limits.maxTextLength} tegn`,
        `a text node is longer than ${this.limits.maxTextLength} characters`,
      );
    }
    if (this.stack.length > 0) this.handler.text(text);
  }
}
