import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n';
import { useLanguage } from '../i18n/use-language';

/** One button per other language, each named in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages
        .filter((l) => l.code !== language)
        .map((l) => (
          <Button
            key={l.code}
            variant="tertiary"
            data-size="sm"
            lang={l.code}
            aria-label={t('language.switchTo', { language: l.name, lng: l.code })}
            onClick={() => void change(l.code)}
          >
            {l.name}
          </Button>
        ))}
    </div>
  );
}
