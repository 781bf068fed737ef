import { deflateSync } from 'node:zlib';

/*
 * Burning a redaction into a page image: the page as raw RGB pixels (a
 * binary PPM, as `pdftoppm` writes it), the marked rectangles painted black
 * in the pixels themselves, and the result encoded as PNG. Nothing of what
 * was under a rectangle survives: there is no text layer, only pixels.
 */

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, row after row. */
  pixels: Uint8Array;
}

/** A rectangle on a page in fractions of its width and height (0–1), from the top left corner. */
export interface Rektangel {
  x: number;
  y: number;
  bredde: number;
  hoyde: number;
}

/** Parses a binary PPM (P6, maxval 255). */
export function parsePpm(bytes: Uint8Array): Raster {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
      if (bytes[pos] !== 0x23) break; // '#': a comment to the end of the line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    return String.fromCharCode(...bytes.subarray(start, pos));
  };
  if (token() !== 'P6') throw new Error('not a binary PPM (P6)');
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  if (!(width > 0 && height > 0) || maxval !== 255) throw new Error('unsupported PPM');
  pos++; // the single whitespace after maxval
  const pixels = bytes.subarray(pos, pos + width * height * 3);
  if (pixels.length !== width * height * 3) throw new Error('PPM is cut short');
  return { width, height, pixels: Uint8Array.from(pixels) };
}

/** The pixel box a rectangle covers, rounded outwards so that a mark never leaves a sliver of what it covers. */
export function pixelBox(r: Rektangel, width: number, height: number) {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
  const x0 = clamp(Math.floor(r.x * width), width);
  const y0 = clamp(Math.floor(r.y * height), height);
  const x1 = clamp(Math.ceil((r.x + r.bredde) * width), width);
  const y1 = clamp(Math.ceil((r.y + r.hoyde) * height), height);
  return { x0, y0, x1, y1 };
}

/** Paints the rectangles solid black into the pixels (in place). */
export function blackOut(raster: Raster, rektangler: readonly Rektangel[]): void {
  for (const r of rektangler) {
    const { x0, y0, x1, y1 } = pixelBox(r, raster.width, raster.height);
    for (let y = y0; y < y1; y++) raster.pixels.fill(0, (y * raster.width + x0) * 3, (y * raster.width + x1) * 3);
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGB pixels as a PNG (8-bit truecolour, no filter, deflated). */
export function encodePng(raster: Raster): Buffer {
  const { width, height, pixels } = raster;
  const stride = width * 3;
  const filtered = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    filtered[y * (stride + 1)] = 0;
    filtered.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(filtered, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Checks the marks: each on an existing page, inside it, not empty. */
export function checkRektangler(rektangler: readonly (Rektangel & { side: number })[], antallSider: number) {
  for (const [i, r] of rektangler.entries()) {
    if (!Number.isInteger(r.side) || r.side < 1 || r.side > antallSider) {
      return {
        field: `rektangler.${i}.side`,
        nb: `må være en side fra 1 til ${antallSider}`,
        en: `must be a page from 1 to ${antallSider}`,
      };
    }
    const inside =
      [r.x, r.y, r.bredde, r.hoyde].every((v) => Number.isFinite(v) && v >= 0 && v <= 1) &&
      r.x + r.bredde <= 1.0001 &&
      r.y + r.hoyde <= 1.0001;
    if (!inside || r.bredde <= 0 || r.hoyde <= 0) {
      return {
        field: `rektangler.${i}`,
        nb: 'må ligge innenfor siden og ha en bredde og høyde',
        en: 'must lie inside the page and have a width and height',
      };
    }
  }
  return null;
}
