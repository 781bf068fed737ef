import { useTranslation } from 'react-i18next';
import type { Localized } from '../api/errors';
import { isLanguage, type Language } from './index';

/** The active language, and a picker for server texts given as `{ nb, en }`. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nb';
  const pick = (text: Localized) => text[language];
  const change = (next: Language) => i18n.changeLanguage(next);
  return { language, pick, change };
}
