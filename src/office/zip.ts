import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/*
 * The little of ZIP (APPNOTE 6.3) an office package needs: read every entry
 * of a package through its central directory, and write one back with each
 * entry deflated. No zip64, no encryption, no multi-disk archives: a DOCX
 * template or letter is far from those limits, and a package that uses them
 * is refused with a ZipError rather than misread.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;

export class ZipError extends Error {}

export interface ZipLimits {
  /** Refuse a package that unpacks to more than this (a zip bomb); default 64 MiB. */
  maxUnpackedBytes?: number;
  maxEntries?: number;
}

/** Entry name → content, in the package's order. */
export type ZipEntries = Map<string, Buffer>;

export function readZip(bytes: Buffer, limits: ZipLimits = {}): ZipEntries {
  const maxUnpacked = limits.maxUnpackedBytes ?? 64 * 1024 * 1024;
  const eocd = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(eocd + 10);
  if (count > (limits.maxEntries ?? 10_000)) throw new ZipError('the package has too many entries');
  let at = bytes.readUInt32LE(eocd + 16);
  let unpacked = 0;
  const entries: ZipEntries = new Map();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_ENTRY) throw new ZipError('the central directory is damaged');
    const entry = centralEntry(bytes, at);
    unpacked += entry.size;
    if (unpacked > maxUnpacked) throw new ZipError('the package unpacks to more than the limit');
    entries.set(entry.name, entryContent(bytes, entry));
    at = entry.next;
  }
  return entries;
}

interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  next: number;
}

function centralEntry(bytes: Buffer, at: number): CentralEntry {
  const nameLength = bytes.readUInt16LE(at + 28);
  const compressedSize = bytes.readUInt32LE(at + 20);
  const size = bytes.readUInt32LE(at + 24);
  const localOffset = bytes.readUInt32LE(at + 42);
  if ([compressedSize, size, localOffset].includes(0xffffffff)) throw new ZipError('zip64 packages are not supported');
  const flags = bytes.readUInt16LE(at + 8);
  if (flags & 0x1) throw new ZipError('encrypted packages are not supported');
  const name = bytes.toString(flags & UTF8_NAMES ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
  return {
    name,
    method: bytes.readUInt16LE(at + 10),
    crc: bytes.readUInt32LE(at + 16),
    compressedSize,
    size,
    localOffset,
    next: at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32),
  };
}

function entryContent(bytes: Buffer, entry: CentralEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipError(`the entry ${entry.name} is damaged`);
  // The local header's own name and extra lengths place the data (they may differ from the central ones).
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw new ZipError(`the entry ${entry.name} is cut off`);
  const content = unpack(raw, entry);
  if (content.length !== entry.size || crc32(content) >>> 0 !== entry.crc) throw new ZipError(`the entry ${entry.name} is damaged`);
  return content;
}

function unpack(raw: Buffer, entry: CentralEntry): Buffer {
  if (entry.method === STORED) return Buffer.from(raw);
  if (entry.method !== DEFLATED) throw new ZipError(`the entry ${entry.name} uses an unsupported compression`);
  try {
    // The declared size bounds the output, so a lying header cannot inflate past it.
    return inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    throw new ZipError(`the entry ${entry.name} is damaged`);
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // 22 bytes plus a comment of at most 65,535.
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipError('not a ZIP package');
}

/**
 * Writes the entries as a ZIP package, deflated, in the given order (OOXML
 * readers want [Content_Types].xml first). The timestamp is fixed, so the
 * same content gives the same bytes (and the same checksum in the store).
 */
export function writeZip(entries: Iterable<[string, Buffer | string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, value] of entries) {
    const content = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    const packed = deflateRawSync(content);
    const fields = { name: Buffer.from(name, 'utf8'), crc: crc32(content) >>> 0, size: content.length, packed: packed.length };
    const local = header(LOCAL_HEADER, fields, offset);
    locals.push(local, packed);
    centrals.push(header(CENTRAL_ENTRY, fields, offset));
    offset += local.length + packed.length;
    count++;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** 1980-01-01 00:00 in DOS time, the earliest a ZIP can say. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function header(signature: number, f: { name: Buffer; crc: number; size: number; packed: number }, offset: number): Buffer {
  const central = signature === CENTRAL_ENTRY;
  const b = Buffer.alloc((central ? 46 : 30) + f.name.length);
  b.writeUInt32LE(signature, 0);
  let at = 4;
  if (central) {
    b.writeUInt16LE(20, at); // made by: version 2.0
    at += 2;
  }
  b.writeUInt16LE(20, at); // needed to extract: 2.0 (deflate)
  b.writeUInt16LE(UTF8_NAMES, at + 2);
  b.writeUInt16LE(DEFLATED, at + 4);
  b.writeUInt16LE(0, at + 6); // time
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(f.crc, at + 10);
  b.writeUInt32LE(f.packed, at + 14);
  b.writeUInt32LE(f.size, at + 18);
  b.writeUInt16LE(f.name.length, at + 22);
  // extra length 0; for the central entry also comment, disk, attributes 0
  if (central) b.writeUInt32LE(offset, 42);
  f.name.copy(b, central ? 46 : 30);
  return b;
}
