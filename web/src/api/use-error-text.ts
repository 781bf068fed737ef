import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { ApiError } from './errors';

/** Turns any thrown error into a sentence in the active language. */
export function useErrorText() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.messages) return pick(error.messages);
      if (error.code === 'NETWORK_ERROR') return t('errors.network');
      return t('errors.unknown', { code: error.code });
    }
    return t('errors.unknown', { code: 'CLIENT' });
  };
}

/**
 * The server gives schema problems as fragments ("kan ha høyst 20 tegn"),
 * meant to follow the field's name; give them their subject.
 */
export function fieldSentence(label: string, message: string): string {
  const first = message.charAt(0);
  if (first === first.toUpperCase()) return message;
  return `${label} ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
}
