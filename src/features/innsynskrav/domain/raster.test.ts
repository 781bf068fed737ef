import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blackOut, checkRektangler, encodePng, parsePpm, pixelBox } from './raster.js';

const ppm = (w: number, h: number, fill: number) =>
  Buffer.concat([Buffer.from(`P6\n# c\n${w} ${h}\n255\n`), Buffer.alloc(w * h * 3, fill)]);

describe('burning a redaction into pixels', () => {
  it('paints the rectangle black, rounding outwards, and nothing else', () => {
    const r = parsePpm(ppm(10, 10, 255));
    blackOut(r, [{ x: 0.25, y: 0.25, bredde: 0.3, hoyde: 0.1 }]);
    expect(pixelBox({ x: 0.25, y: 0.25, bredde: 0.3, hoyde: 0.1 }, 10, 10)).toEqual({ x0: 2, y0: 2, x1: 6, y1: 4 });
    const at = (x: number, y: number) => r.pixels[(y * 10 + x) * 3];
    expect([at(2, 2), at(5, 3), at(1, 2), at(6, 2), at(2, 4)]).toEqual([0, 0, 255, 255, 255]);
  });

  it('encodes a PNG whose pixels are the raster', () => {
    const r = parsePpm(ppm(3, 2, 200));
    const png = encodePng(r);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
    expect(raw.length).toBe(2 * (1 + 9));
    expect([...raw.subarray(1, 10)]).toEqual(Array(9).fill(200));
  });

  it('refuses a mark off the page or on a page that does not exist', () => {
    expect(checkRektangler([{ side: 1, x: 0.5, y: 0.5, bredde: 0.2, hoyde: 0.2 }], 1)).toBeNull();
    expect(checkRektangler([{ side: 2, x: 0.5, y: 0.5, bredde: 0.2, hoyde: 0.2 }], 1)?.field).toBe('rektangler.0.side');
    expect(checkRektangler([{ side: 1, x: 0.9, y: 0.5, bredde: 0.2, hoyde: 0.2 }], 1)?.field).toBe('rektangler.0');
  });
});
