import type { FieldIssue, Message } from '../shared/errors.js';

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params: Record<string, unknown>;
}

/** Turns schema validation issues into field names and plain Norwegian/English sentences. */
export function toFieldIssues(items: ValidationItem[], part: string | undefined): FieldIssue[] {
  return items.map((item) => {
    const path = item.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const field = path || part || 'body';
    return { field, message: describe(item) };
  });
}

function describe(item: ValidationItem): Message {
  const p = item.params;
  switch (item.keyword) {
    case 'invalid_type':
      return /received undefined/.test(item.message ?? '') || p.received === 'undefined'
        ? { nb: 'må fylles ut', en: 'is required' }
        : { nb: `må være ${typeName(String(p.expected)).nb}`, en: `must be ${typeName(String(p.expected)).en}` };
    case 'too_small':
      return p.origin === 'string'
        ? p.minimum === 1
          ? { nb: 'kan ikke være tom', en: 'must not be empty' }
          : { nb: `må ha minst ${p.minimum} tegn`, en: `must have at least ${p.minimum} characters` }
        : { nb: `må være minst ${p.minimum}`, en: `must be at least ${p.minimum}` };
    case 'too_big':
      return p.origin === 'string'
        ? { nb: `kan ha høyst ${p.maximum} tegn`, en: `must have at most ${p.maximum} characters` }
        : { nb: `kan være høyst ${p.maximum}`, en: `must be at most ${p.maximum}` };
    case 'invalid_format':
      return { nb: `har feil format (${formatName(String(p.format))})`, en: `has the wrong format (${p.format})` };
    case 'invalid_value':
      return {
        nb: `må være en av: ${(p.values as unknown[] | undefined)?.join(', ')}`,
        en: `must be one of: ${(p.values as unknown[] | undefined)?.join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        nb: `ukjent felt: ${(p.keys as string[] | undefined)?.join(', ')}`,
        en: `unknown field: ${(p.keys as string[] | undefined)?.join(', ')}`,
      };
    default:
      return { nb: `er ugyldig (${item.message ?? item.keyword})`, en: `is invalid (${item.message ?? item.keyword})` };
  }
}

function typeName(t: string): Message {
  const names: Record<string, Message> = {
    string: { nb: 'tekst', en: 'a string' },
    number: { nb: 'et tall', en: 'a number' },
    int: { nb: 'et heltall', en: 'an integer' },
    boolean: { nb: 'sann eller usann', en: 'a boolean' },
    object: { nb: 'et objekt', en: 'an object' },
    array: { nb: 'en liste', en: 'an array' },
  };
  return names[t] ?? { nb: t, en: t };
}

function formatName(f: string): string {
  const names: Record<string, string> = { uuid: 'UUID', date: 'dato ÅÅÅÅ-MM-DD', email: 'e-postadresse', regex: 'mønster' };
  return names[f] ?? f;
}
