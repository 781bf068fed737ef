import { describe, expect, it } from 'vitest';
import { inlineParameters } from './inline-parameters.js';

describe('inlineParameters', () => {
  const uuid = '6f1c2b1e-2f7a-4c55-9a34-0d4a5b6c7d8e';

  it('writes ids, numbers, booleans and null in as untyped literals', () => {
    expect(
      inlineParameters('select set_config($1, $2, true), $3::int, $4, $5 = $10', ['a.b', uuid, 7, false, null, ...Array(4).fill(0), 'x']),
    ).toBe(`select set_config('a.b', '${uuid}', true), '7'::int, 'false', NULL = 'x'`);
  });

  it('leaves $n inside quoted strings, quoted identifiers and comments alone', () => {
    expect(inlineParameters(`select '$1 it''s', "$1" -- $1\n, /* $1 */ $1`, [uuid])).toBe(
      `select '$1 it''s', "$1" -- $1\n, /* $1 */ '${uuid}'`,
    );
  });

  it('refuses anything that is not plainly safe to write in', () => {
    expect(inlineParameters('select $1', ["x'; drop table t; --"])).toBeNull();
    expect(inlineParameters('select $1', ['two words'])).toBeNull();
    expect(inlineParameters('select $1', [new Date()])).toBeNull();
    expect(inlineParameters('select $1', [['a']])).toBeNull();
    expect(inlineParameters('select $1', [Number.NaN])).toBeNull();
    expect(inlineParameters('select $$ $1 $$', [uuid])).toBeNull();
    expect(inlineParameters("select E'\\'' , $1", [uuid])).toBeNull();
    expect(inlineParameters('select $2', [uuid])).toBeNull();
  });
});
