import type { Credentials } from './use-auth-actions';

export type LoginField = keyof Credentials;
export type LoginErrors = Partial<Record<LoginField, 'required'>>;

export function validateLogin(values: Credentials): LoginErrors {
  const errors: LoginErrors = {};
  if (!values.brukernavn.trim()) errors.brukernavn = 'required';
  if (!values.passord) errors.passord = 'required';
  return errors;
}
