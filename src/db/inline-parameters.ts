/**
 * The statement with its parameters written in as literals, or null when
 * that is not plainly safe: a value other than a short plain token (ids,
 * numbers, booleans, null), or text the scanner does not follow (dollar
 * quoting, backslashes). Each value becomes an untyped literal ('…'), which
 * the server types from its context exactly as it types an untyped
 * parameter. Used only to send a statement together with BEGIN in one round
 * trip (merged-begin.ts); every other statement keeps its parameters.
 */
export function inlineParameters(sqlText: string, parameters: readonly unknown[]): string | null {
  const literals = parameters.map(literal);
  if (literals.some((l) => l === null) || sqlText.includes('\\')) return null;
  let out = '';
  let i = 0;
  while (i < sqlText.length) {
    const c = sqlText[i]!;
    const skip = skipQuoted(sqlText, i);
    if (skip > i) {
      out += sqlText.slice(i, skip);
      i = skip;
    } else if (c === '$') {
      const digits = /^\d+/.exec(sqlText.slice(i + 1))?.[0];
      const value = digits ? literals[Number(digits) - 1] : undefined;
      if (value === undefined) return null; // dollar quoting, or a placeholder without its value
      out += value;
      i += 1 + digits!.length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const PLAIN = /^[\w.:+-]{0,100}$/;

function literal(v: unknown): string | null {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'boolean') return `'${v}'`;
  if (typeof v === 'number') return Number.isFinite(v) ? `'${v}'` : null;
  if (typeof v === 'string' && PLAIN.test(v)) return `'${v}'`;
  return null;
}

/** Where a quoted string, quoted identifier or comment starting at `i` ends (`i` when none starts there). */
function skipQuoted(s: string, i: number): number {
  const two = s.slice(i, i + 2);
  if (two === '--') {
    const end = s.indexOf('\n', i);
    return end < 0 ? s.length : end;
  }
  if (two === '/*') {
    const end = s.indexOf('*/', i + 2);
    return end < 0 ? s.length : end + 2;
  }
  const q = s[i];
  if (q !== "'" && q !== '"') return i;
  let j = i + 1;
  for (;;) {
    const end = s.indexOf(q, j);
    if (end < 0) return s.length;
    if (s[end + 1] !== q) return end + 1;
    j = end + 2; // a doubled quote inside
  }
}
