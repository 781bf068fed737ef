import { useLanguage } from '../../i18n/use-language';

const locales = { nb: 'nb-NO', en: 'en-GB' } as const;

/** Dates as the reader expects them: 31.12.2026 in Norwegian, 31/12/2026 in English. */
export function useFormat() {
  const { language } = useLanguage();
  const locale = locales[language];
  const date = (value: string | null | undefined): string => {
    if (!value) return '';
    // A bare date (2026-03-01) is a calendar day, not midnight UTC.
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
    return Number.isNaN(parsed.getTime())
      ? value
      : parsed.toLocaleDateString(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  };
  const dateTime = (value: string | null | undefined): string => {
    if (!value) return '';
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) return value;
    return parsed.toLocaleString(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  };
  const bytes = (value: number): string => {
    if (value < 1024) return `${value} B`;
    if (value < 1024 * 1024) return `${(value / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} kB`;
    return `${(value / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  };
  return { date, dateTime, bytes };
}

/** Today as yyyy-mm-dd in the user's time zone (the value of a date input). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
