import { createReadStream } from 'node:fs';
import { XmlStreamParser, XmlSyntaxError, type XmlHandler, type XmlLimits } from '../../../shared/xml/xml-stream-parser.js';

/**
 * Limits for a package from elsewhere, stricter than the shared parser's
 * defaults: no text node or tag over 1,000,000 characters, no nesting deeper
 * than 64 (Noark 5 needs about 20). The parser refuses any DTD (so external
 * entities and entity expansion), undeclared entities and malformed XML.
 */
export const IMPORT_LIMITS: XmlLimits = { maxNodeLength: 1_000_000, maxDepth: 64 };

/** Feeds a file to `handler` as a stream, refusing bytes that are not UTF-8; yields after each chunk. */
export async function* parseChunks(file: string, handler: XmlHandler): AsyncGenerator<void> {
  const parser = new XmlStreamParser(handler, IMPORT_LIMITS);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new XmlSyntaxError('Filen er ikke gyldig UTF-8', 0);
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
    parser.write(decode(chunk as Buffer));
    yield;
  }
  parser.write(decode());
  parser.end();
  yield;
}

/** The whole file through `handler`. */
export async function parseFile(file: string, handler: XmlHandler): Promise<void> {
  for await (const _ of parseChunks(file, handler));
}

/** An element read whole: its local name, attributes, text and children. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XNode[];
}

/**
 * What the reader yields while it walks a file: a container element's own
 * fields (`open`, once its first unit or sub-container begins, or at its end),
 * a unit read whole (`unit`), and the container's end (`close`). Containers
 * are streamed (an arkivdel may hold a million cases); units are held in
 * memory one at a time (a case with its records and documents).
 */
export type XEvent =
  | { kind: 'open'; node: XNode; depth: number }
  | { kind: 'unit'; node: XNode; depth: number }
  | { kind: 'close'; name: string; depth: number };

export interface UnitShape {
  containers: ReadonlySet<string>;
  units: ReadonlySet<string>;
}

/** Most elements one unit may hold (a case with every record, party and document). */
export const MAX_UNIT_NODES = 200_000;

interface Frame {
  node: XNode;
  container: boolean;
  announced: boolean;
}

export class UnitCollector {
  private readonly frames: Frame[] = [];
  private unitNodes = 0;
  readonly events: XEvent[] = [];

  constructor(private readonly shape: UnitShape) {}

  open(name: string, attrs: Record<string, string>, line: number): void {
    const node: XNode = { name, attrs, text: '', children: [] };
    const parent = this.frames.at(-1);
    const inUnit = this.frames.some((f) => !f.container);
    const container = !inUnit && (parent === undefined || this.shape.containers.has(name)) && !this.shape.units.has(name);
    const unit = !inUnit && this.shape.units.has(name);
    if ((container || unit) && parent) this.announce(parent);
    if (inUnit || !(container || unit)) {
      if (inUnit && ++this.unitNodes > MAX_UNIT_NODES) {
        throw new XmlSyntaxError(`En enhet (mappe) har mer enn ${MAX_UNIT_NODES} elementer`, line);
      }
      parent?.node.children.push(node);
    }
    if (unit) this.unitNodes = 0;
    this.frames.push({ node, container: container && !unit, announced: false });
  }

  close(name: string): void {
    const frame = this.frames.pop()!;
    const node = frame.node;
    node.text = node.text.trim();
    const inUnit = this.frames.some((f) => !f.container);
    if (!frame.container && !inUnit && this.shape.units.has(name)) this.events.push({ kind: 'unit', node, depth: this.frames.length });
    if (frame.container) {
      this.announce(frame);
      this.events.push({ kind: 'close', name, depth: this.frames.length });
    }
  }

  text(text: string): void {
    const frame = this.frames.at(-1);
    if (!frame) return;
    if (frame.container && text.trim() === '') return;
    frame.node.text += text;
  }

  private announce(frame: Frame): void {
    if (!frame.container || frame.announced) return;
    frame.announced = true;
    this.events.push({ kind: 'open', node: frame.node, depth: this.frames.indexOf(frame) });
  }
}

/** Streams `file` as events of `shape`; throws XmlSyntaxError on anything refused. */
export async function* readUnits(file: string, shape: UnitShape): AsyncGenerator<XEvent> {
  const collector = new UnitCollector(shape);
  for await (const _ of parseChunks(file, collector)) yield* collector.events.splice(0);
}

// ── Reading fields of a node ──

export const child = (node: XNode, name: string) => node.children.find((c) => c.name === name);
export const childrenNamed = (node: XNode, name: string) => node.children.filter((c) => c.name === name);
/** The text of a child element, or null when it is missing or empty. */
export const field = (node: XNode, name: string): string | null => {
  const text = child(node, name)?.text;
  return text === undefined || text === '' ? null : text;
};
/** The element's xsi:type without prefix (saksmappe, journalpost, arkivnotat…). */
export const xsiType = (node: XNode): string | null => {
  const entry = Object.entries(node.attrs).find(([key]) => key === 'type' || key.endsWith(':type'));
  return entry ? entry[1].slice(entry[1].indexOf(':') + 1) : null;
};
