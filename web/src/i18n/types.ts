import type { Messages } from './nb';

/** Same keys as the source language; strings and lists of strings as values. */
type SameShape<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : SameShape<T[K]>;
};

export type Translation = SameShape<Messages>;

export type RoleCode = keyof Messages['roles'];

const roleCodes: readonly string[] = ['ARK', 'LED', 'SF', 'SB', 'MS', 'SYS', 'LES'];

export function isRoleCode(code: string | undefined): code is RoleCode {
  return code !== undefined && roleCodes.includes(code);
}
