import { ODataSyntaxError, type CompareOp, type FilterExpr, type Literal, type StringFunction } from './filter-ast.js';

type Token =
  | { t: 'path'; parts: string[]; at: number }
  | { t: 'literal'; value: Literal; at: number }
  | { t: 'word'; word: string; at: number }
  | { t: '(' | ')' | ','; at: number }
  | { t: 'end'; at: number };

const COMPARE = new Set<string>(['eq', 'ne', 'gt', 'lt', 'ge', 'le']);
const FUNCTIONS = new Set<string>(['contains', 'startswith', 'endswith']);
const KEYWORDS = new Set<string>([...COMPARE, 'and', 'or', 'not']);
/** Longer than any sensible filter; a cap so a hostile one cannot make the parser work for long. */
export const MAX_FILTER_LENGTH = 2000;
const MAX_DEPTH = 32;

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}(?![\dT])/;
const NUMBER = /^-?\d+(\.\d+)?(?![\w-])/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_.]*/;

const fail = (at: number, nb: string, en: string): never => {
  throw new ODataSyntaxError('$filter', at, nb, en);
};

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const rest = text.slice(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: ch, at: i });
      i++;
    } else if (ch === "'") {
      // OData strings: single quotes, a quote inside doubled ('').
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) fail(i, 'tekststrengen mangler avsluttende apostrof', 'the string lacks its closing quote');
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j++;
      }
      tokens.push({ t: 'literal', value: { type: 'string', value }, at: i });
      i = j + 1;
    } else if (DATETIME.test(rest)) {
      const m = DATETIME.exec(rest)![0];
      if (Number.isNaN(Date.parse(m))) fail(i, `ugyldig tidspunkt ${m}`, `invalid date-time ${m}`);
      tokens.push({ t: 'literal', value: { type: 'datetime', value: m }, at: i });
      i += m.length;
    } else if (DATE.test(rest)) {
      const m = DATE.exec(rest)![0];
      if (Number.isNaN(Date.parse(`${m}T00:00:00Z`)) || new Date(`${m}T00:00:00Z`).toISOString().slice(0, 10) !== m) {
        fail(i, `ugyldig dato ${m}`, `invalid date ${m}`);
      }
      tokens.push({ t: 'literal', value: { type: 'date', value: m }, at: i });
      i += m.length;
    } else if (NUMBER.test(rest)) {
      const m = NUMBER.exec(rest)![0];
      tokens.push({ t: 'literal', value: { type: 'number', value: Number(m) }, at: i });
      i += m.length;
    } else if (IDENT.test(rest)) {
      const start = i;
      const parts = [IDENT.exec(rest)![0]];
      i += parts[0]!.length;
      while (text[i] === '/') {
        const next = IDENT.exec(text.slice(i + 1));
        if (!next) fail(i + 1, 'forventet feltnavn etter /', 'expected a field name after /');
        parts.push(next![0]);
        i += 1 + next![0].length;
      }
      const word = parts[0]!;
      if (parts.length === 1 && (word === 'true' || word === 'false')) {
        tokens.push({ t: 'literal', value: { type: 'boolean', value: word === 'true' }, at: start });
      } else if (parts.length === 1 && word === 'null') {
        tokens.push({ t: 'literal', value: { type: 'null' }, at: start });
      } else if (parts.length === 1 && (KEYWORDS.has(word) || FUNCTIONS.has(word))) {
        tokens.push({ t: 'word', word, at: start });
      } else {
        tokens.push({ t: 'path', parts, at: start });
      }
    } else {
      fail(i, `uventet tegn «${ch}»`, `unexpected character «${ch}»`);
    }
  }
  tokens.push({ t: 'end', at: text.length });
  return tokens;
}

const describe = (tok: Token) =>
  tok.t === 'end'
    ? 'slutten'
    : tok.t === 'word'
      ? tok.word
      : tok.t === 'path'
        ? tok.parts.join('/')
        : tok.t === 'literal'
          ? 'en verdi'
          : tok.t;

/**
 * Parses `$filter`. Pure: throws ODataSyntaxError (position and text in
 * both languages) for anything it cannot read, so the caller answers 400.
 * Functions it does not know (year, substring, any/all) are named as not
 * supported rather than as a syntax error.
 */
export function parseFilter(text: string): FilterExpr {
  if (text.trim() === '') fail(0, '$filter er tomt', '$filter is empty');
  if (text.length > MAX_FILTER_LENGTH) fail(MAX_FILTER_LENGTH, 'filteret er for langt', 'the filter is too long');
  const tokens = tokenize(text);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos]!;
  const next = () => tokens[pos++]!;
  const isWord = (w: string) => {
    const tok = peek();
    return tok.t === 'word' && tok.word === w;
  };
  const expect = (t: '(' | ')' | ',') => {
    const tok = next();
    if (tok.t !== t) fail(tok.at, `forventet «${t}», fant ${describe(tok)}`, `expected «${t}», found ${describe(tok)}`);
  };

  const parseOr = (): FilterExpr => {
    let left = parseAnd();
    while (isWord('or')) {
      next();
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterExpr => {
    let left = parseNot();
    while (isWord('and')) {
      next();
      left = { kind: 'and', left, right: parseNot() };
    }
    return left;
  };
  const parseNot = (): FilterExpr => {
    if (isWord('not')) {
      next();
      return { kind: 'not', operand: parseNot() };
    }
    return parsePrimary();
  };
  const parsePrimary = (): FilterExpr => {
    const tok = peek();
    if (++depth > MAX_DEPTH) fail(tok.at, 'filteret er nøstet for dypt', 'the filter is nested too deeply');
    try {
      if (tok.t === '(') {
        next();
        const inner = parseOr();
        expect(')');
        return inner;
      }
      if (tok.t === 'word' && FUNCTIONS.has(tok.word)) return parseFunction();
      return parseComparison();
    } finally {
      depth--;
    }
  };
  const parseFunction = (): FilterExpr => {
    const name = (next() as { word: string }).word as StringFunction;
    expect('(');
    const field = next();
    if (field.t !== 'path')
      fail(field.at, `${name}: første argument må være et feltnavn`, `${name}: the first argument must be a field name`);
    expect(',');
    const value = next();
    if (value.t !== 'literal' || value.value.type !== 'string') {
      fail(value.at, `${name}: andre argument må være en tekst i apostrofer`, `${name}: the second argument must be a quoted string`);
    }
    expect(')');
    return {
      kind: 'function',
      name,
      path: (field as { parts: string[] }).parts,
      value: ((value as { value: Literal }).value as { value: string }).value,
    };
  };
  const parseComparison = (): FilterExpr => {
    const left = next();
    if (left.t === 'path' && peek().t === '(') {
      fail(left.at, `funksjonen ${left.parts.join('/')} støttes ikke`, `the function ${left.parts.join('/')} is not supported`);
    }
    if (left.t !== 'path' && left.t !== 'literal') {
      fail(left.at, `forventet feltnavn eller verdi, fant ${describe(left)}`, `expected a field name or a value, found ${describe(left)}`);
    }
    const op = next();
    if (op.t !== 'word' || !COMPARE.has(op.word)) {
      fail(
        op.at,
        `forventet eq, ne, gt, lt, ge eller le, fant ${describe(op)}`,
        `expected eq, ne, gt, lt, ge or le, found ${describe(op)}`,
      );
    }
    const right = next();
    if (right.t !== 'path' && right.t !== 'literal') {
      fail(right.at, `forventet verdi, fant ${describe(right)}`, `expected a value, found ${describe(right)}`);
    }
    const word = (op as { word: string }).word as CompareOp;
    if (left.t === 'path' && right.t === 'literal') return { kind: 'compare', op: word, path: left.parts, value: right.value };
    // `2020-01-01 lt saksdato` reads as `saksdato gt 2020-01-01`.
    if (left.t === 'literal' && right.t === 'path') return { kind: 'compare', op: FLIPPED[word], path: right.parts, value: left.value };
    return fail(left.at, 'en sammenligning må ha ett feltnavn og én verdi', 'a comparison needs one field name and one value');
  };

  const expr = parseOr();
  const end = peek();
  if (end.t !== 'end') fail(end.at, `uventet ${describe(end)} etter uttrykket`, `unexpected ${describe(end)} after the expression`);
  return expr;
}

const FLIPPED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', lt: 'gt', ge: 'le', le: 'ge' };
