/** Norwegian organisation numbers: nine digits, the last a modulus-11 check digit. */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

export function isValidOrganisasjonsnummer(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === digits[8];
}

export function normaliseOrganisasjonsnummer(value: string): string {
  return value.replace(/\s+/g, '');
}
