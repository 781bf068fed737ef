import { ApiError } from '../../api/errors';
import { fieldSentence } from '../../api/use-error-text';
import { useLanguage } from '../../i18n/use-language';

/**
 * Splits a failed request's problem+json into messages for the form's own
 * fields (shown under each field) and the rest (shown above the form), so no
 * server message is lost because its field is not on screen.
 */
export function useServerErrors(error: unknown, fields: readonly string[]) {
  const { pick } = useLanguage();
  const problems = error instanceof ApiError ? error.fieldErrors : [];
  const known = (field: string) => fields.includes(field);
  const forField = (field: string, label: string): string | undefined => {
    const message = problems.find((p) => p.field === field)?.messages;
    return message ? fieldSentence(label, pick(message)) : undefined;
  };
  const others = problems.filter((p) => !known(p.field)).map((p) => `${p.field}: ${pick(p.messages)}`);
  const hasFieldErrors = problems.some((p) => known(p.field));
  // A field problem is shown at its field; anything else gets the alert.
  const formError = error && (!hasFieldErrors || others.length > 0) ? error : undefined;
  return { forField, formError, others };
}
