import { describe, expect, it } from 'vitest';
import { bindFilter, bindOrderBy, type QueryField } from './bind-filter.js';
import { matchesFilter, orderBodies } from './evaluate-filter.js';
import { ODataSyntaxError } from './filter-ast.js';
import { parseFilter } from './parse-filter.js';
import { parseOrderBy, parseQueryOptions } from './query-options.js';

const cmp = (path: string, op: string, value: unknown) => ({ kind: 'compare', op, path: path.split('/'), value });

describe('parseFilter', () => {
  it('reads every comparison operator with each kind of literal', () => {
    expect(parseFilter("tittel eq 'Søknad'")).toEqual(cmp('tittel', 'eq', { type: 'string', value: 'Søknad' }));
    expect(parseFilter('saksaar ne 2020')).toEqual(cmp('saksaar', 'ne', { type: 'number', value: 2020 }));
    expect(parseFilter('saksdato gt 2017-02-15')).toEqual(cmp('saksdato', 'gt', { type: 'date', value: '2017-02-15' }));
    expect(parseFilter('opprettetDato lt 2016-04-03T15:45:28.4985538+02:00')).toEqual(
      cmp('opprettetDato', 'lt', { type: 'datetime', value: '2016-04-03T15:45:28.4985538+02:00' }),
    );
    expect(parseFilter('antall ge -1.5')).toEqual(cmp('antall', 'ge', { type: 'number', value: -1.5 }));
    expect(parseFilter('haster le true')).toEqual(cmp('haster', 'le', { type: 'boolean', value: true }));
    expect(parseFilter('beskrivelse eq null')).toEqual(cmp('beskrivelse', 'eq', { type: 'null' }));
  });

  it('reads nested paths, quotes inside strings, and a literal on the left', () => {
    expect(parseFilter("saksstatus/kode eq 'B'")).toEqual(cmp('saksstatus/kode', 'eq', { type: 'string', value: 'B' }));
    expect(parseFilter("tittel eq 'O''Brien'")).toEqual(cmp('tittel', 'eq', { type: 'string', value: "O'Brien" }));
    expect(parseFilter('2020 lt saksaar')).toEqual(cmp('saksaar', 'gt', { type: 'number', value: 2020 }));
  });

  it('binds not tighter than and, and tighter than or; parentheses override', () => {
    const a = cmp('a', 'eq', { type: 'number', value: 1 });
    const b = cmp('b', 'eq', { type: 'number', value: 2 });
    const c = cmp('c', 'eq', { type: 'number', value: 3 });
    expect(parseFilter('a eq 1 or b eq 2 and c eq 3')).toEqual({ kind: 'or', left: a, right: { kind: 'and', left: b, right: c } });
    expect(parseFilter('(a eq 1 or b eq 2) and not c eq 3')).toEqual({
      kind: 'and',
      left: { kind: 'or', left: a, right: b },
      right: { kind: 'not', operand: c },
    });
  });

  it('reads contains, startswith and endswith', () => {
    for (const name of ['contains', 'startswith', 'endswith']) {
      expect(parseFilter(`${name}(part/navn, 'Ola')`)).toEqual({ kind: 'function', name, path: ['part', 'navn'], value: 'Ola' });
    }
  });

  it('refuses what it cannot read with the place and a message in both languages', () => {
    const cases: [string, RegExp][] = [
      ['', /tomt/],
      ['tittel eq', /forventet verdi/],
      ["tittel eq 'open", /apostrof/],
      ["tittel like 'x'", /forventet eq/],
      ["contains(tittel 'x')", /«,»/],
      ['contains(tittel, 3)', /tekst i apostrofer/],
      ['year(saksdato) eq 2020', /støttes ikke/],
      ["tittel eq 'x' extra", /uventet extra/],
      ['saksdato eq 2020-13-45', /ugyldig dato/],
      ['tittel eq "x"', /uventet tegn/],
      ['(a eq 1', /«\)»/],
      ['a eq b', /ett feltnavn og én verdi/],
      [`${'('.repeat(40)}a eq 1${')'.repeat(40)}`, /for dypt/],
      ['a eq 1 and '.repeat(300) + 'a eq 1', /for langt/],
    ];
    for (const [text, message] of cases) {
      let error: unknown;
      try {
        parseFilter(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(ODataSyntaxError);
      expect((error as ODataSyntaxError).nb, text).toMatch(message);
      expect((error as ODataSyntaxError).en.length, text).toBeGreaterThan(0);
    }
  });

  it('says where it went wrong', () => {
    expect(() => parseFilter("tittel eq 'x' and saksaar gt")).toThrowError(expect.objectContaining({ position: 28 }));
  });
});

describe('query options', () => {
  it('reads $orderby, $top and $skip, capping $top', () => {
    expect(parseOrderBy('saksdato desc, saksstatus/kode')).toEqual([
      { path: ['saksdato'], direction: 'desc' },
      { path: ['saksstatus', 'kode'], direction: 'asc' },
    ]);
    expect(parseQueryOptions({ $top: '1000', $skip: '5' })).toEqual({ orderBy: [], top: 200, skip: 5 });
    expect(() => parseQueryOptions({ $top: 'ti' })).toThrow(ODataSyntaxError);
    expect(() => parseQueryOptions({ $orderby: 'saksdato sideways' })).toThrow(/asc or desc/);
    expect(() => parseQueryOptions({ $search: "'x'" })).toThrow(/\$search/);
  });
});

const FIELDS: QueryField[] = [
  { path: 'tittel', type: 'string', key: 'tittel', screened: true },
  { path: 'saksaar', type: 'number', key: 'saksaar' },
  { path: 'saksdato', type: 'date', key: 'saksdato' },
  { path: 'systemID', type: 'uuid', key: 'id' },
  { path: 'saksstatus/kode', type: 'string', key: 'saksstatus/kode' },
];

describe('bindFilter', () => {
  it('checks fields and types against the list', () => {
    expect(() => bindFilter(parseFilter('ukjent eq 1'), FIELDS)).toThrow(/ukjent/);
    expect(() => bindFilter(parseFilter("saksaar eq '2020'"), FIELDS)).toThrow(/type number/);
    expect(() => bindFilter(parseFilter('saksaar gt null'), FIELDS)).toThrow(/null can only/);
    expect(() => bindFilter(parseFilter("systemID gt 'x'"), FIELDS)).toThrow(/only eq or ne/);
    expect(() => bindFilter(parseFilter("systemID eq 'x'"), FIELDS)).toThrow(/type uuid/);
    expect(() => bindFilter(parseFilter("contains(saksaar, '2')"), FIELDS)).toThrow(/text fields only/);
    expect(bindFilter(parseFilter("saksdato eq '2020-01-01'"), FIELDS)).toMatchObject({ value: '2020-01-01' });
  });

  it('refuses to order by a screened field', () => {
    expect(() => bindOrderBy(parseOrderBy('tittel'), FIELDS)).toThrow(/may be screened/);
    expect(bindOrderBy(parseOrderBy('saksaar desc'), FIELDS)).toEqual([{ field: FIELDS[1], direction: 'desc' }]);
  });
});

describe('matchesFilter and orderBodies (lists read whole)', () => {
  const bodies = [
    { tittel: 'Byggesak', saksaar: 2020, saksstatus: { kode: 'B' } },
    { tittel: 'Personalsak', saksaar: 2021, saksstatus: { kode: 'A' } },
    { tittel: null, saksaar: 2019, saksstatus: { kode: 'B' } },
  ];
  const match = (filter: string) => bodies.filter((b) => matchesFilter(bindFilter(parseFilter(filter), FIELDS), b)).map((b) => b.saksaar);

  it('evaluates each operator, nested paths and null as OData does', () => {
    expect(match("saksstatus/kode eq 'B'")).toEqual([2020, 2019]);
    expect(match('saksaar gt 2019 and saksaar lt 2021')).toEqual([2020]);
    expect(match('saksaar ge 2020 or saksaar le 2019')).toEqual([2020, 2021, 2019]);
    expect(match('not (saksaar ne 2021)')).toEqual([2021]);
    expect(match("contains(tittel, 'SAK')")).toEqual([2020, 2021]);
    expect(match("startswith(tittel, 'bygg') or endswith(tittel, 'alsak')")).toEqual([2020, 2021]);
    expect(match('tittel eq null')).toEqual([2019]);
    expect(match('tittel ne null')).toEqual([2020, 2021]);
  });

  it('orders with nulls last', () => {
    const order = bindOrderBy(parseOrderBy('saksaar desc'), FIELDS);
    expect(orderBodies(bodies, order).map((b) => b.saksaar)).toEqual([2021, 2020, 2019]);
  });
});
