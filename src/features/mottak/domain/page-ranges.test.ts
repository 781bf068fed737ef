import { describe, expect, it } from 'vitest';
import { parsePageRanges } from './page-ranges.js';

describe('splitting a scan by page ranges', () => {
  it('reads letters separated by semicolons or lines, each a page or a range', () => {
    expect(parsePageRanges('1-2; 3\n4 - 7', 7)).toEqual([
      { fra: 1, til: 2 },
      { fra: 3, til: 3 },
      { fra: 4, til: 7 },
    ]);
  });

  it('refuses ranges outside the scan, overlapping letters and pages left out, naming the field', () => {
    for (const [text, pages] of [
      ['1-8', 7],
      ['1-3; 3-7', 7],
      ['1-2; 4-7', 7],
      ['2-1', 3],
      ['a-b', 3],
      ['', 3],
    ] as const) {
      expect(() => parsePageRanges(text, pages), text).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ field: 'sider' })] }),
      );
    }
  });
});
