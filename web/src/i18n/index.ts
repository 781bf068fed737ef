import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nb } from './nb';

export const languages = [
  { code: 'nb', name: 'Norsk (bokmål)' },
  { code: 'en', name: 'English' },
] as const;

export type Language = (typeof languages)[number]['code'];

const storageKey = 'saksgang.language';

export function isLanguage(value: unknown): value is Language {
  return languages.some((l) => l.code === value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : 'nb';
  } catch {
    return 'nb';
  }
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(storageKey, lng);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
});

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'nb',
  supportedLngs: languages.map((l) => l.code),
  interpolation: { escapeValue: false },
});

export default i18n;
