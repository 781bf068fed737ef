import { fieldError } from '../../../shared/errors.js';

/** A letter within a scan: its first and last page, 1-based, inclusive. */
export interface PageRange {
  fra: number;
  til: number;
}

/**
 * Parses how a multi-letter scan is split: letters separated by «;» (or new
 * lines), each a page or a range, e.g. «1-2; 3; 4-7». The ranges must lie
 * within the scan's pages and must not overlap; pages left out are refused
 * too, so no page of the scan is lost.
 */
export function parsePageRanges(text: string, pageCount: number, field = 'sider'): PageRange[] {
  const parts = text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0)
    throw fieldError(field, 'må angi minst ett brev, f.eks. «1-2; 3-5»', 'must name at least one letter, e.g. «1-2; 3-5»');
  const ranges = parts.map((part) => parseRange(part, pageCount, field));
  const covered = new Array<number>(pageCount + 1).fill(0);
  for (const r of ranges) for (let p = r.fra; p <= r.til; p++) covered[p]! += 1;
  const twice = covered.findIndex((n) => n > 1);
  if (twice > 0) throw fieldError(field, `side ${twice} er med i to brev`, `page ${twice} is in two letters`);
  const missing = covered.findIndex((n, p) => p > 0 && n === 0);
  if (missing > 0) throw fieldError(field, `side ${missing} er ikke med i noe brev`, `page ${missing} is in no letter`);
  return ranges;
}

function parseRange(part: string, pageCount: number, field: string): PageRange {
  const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(part);
  if (!m) throw fieldError(field, `«${part}» er ikke en side eller et sideintervall`, `«${part}» is not a page or a page range`);
  const fra = Number(m[1]);
  const til = m[2] === undefined ? fra : Number(m[2]);
  if (fra < 1 || til < fra || til > pageCount)
    throw fieldError(
      field,
      `«${part}» ligger utenfor skanningens ${pageCount} sider`,
      `«${part}» is outside the scan's ${pageCount} pages`,
    );
  return { fra, til };
}
