/*
 * A DOCX is a zip. Before a parser inflates one, its central directory tells
 * how large the entries claim to be unpacked, so a small file that unpacks
 * to gigabytes (a zip bomb) is refused without inflating anything. The claim
 * can lie; the extraction's memory limit and timeout catch that.
 */
const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

export interface ZipSize {
  entries: number;
  /** Sum of the declared unpacked sizes; Infinity for zip64 or a damaged directory. */
  unpackedBytes: number;
}

export function declaredZipSize(bytes: Uint8Array): ZipSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { entries: 0, unpackedBytes: Infinity };
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let unpackedBytes = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY) return { entries, unpackedBytes: Infinity };
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { entries, unpackedBytes: Infinity };
    unpackedBytes += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, unpackedBytes };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}
