import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface Props {
  words: readonly string[];
  selected: ReadonlySet<number>;
  onToggle: (index: number) => void;
}

/**
 * The title as words to press: a pressed word is screened. Buttons with
 * aria-pressed, so a mouse click, Space or Enter toggles one and a screen
 * reader says whether it is screened.
 */
export function TitleWordChips({ words, selected, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('screening.words')}</Fieldset.Legend>
      <Fieldset.Description>{t('screening.wordsHelp')}</Fieldset.Description>
      <div className="word-chips">
        {words.map((word, i) => (
          <Button
            key={i}
            type="button"
            data-size="sm"
            variant={selected.has(i) ? 'primary' : 'secondary'}
            aria-pressed={selected.has(i)}
            onClick={() => onToggle(i)}
          >
            {word}
          </Button>
        ))}
      </div>
    </Fieldset>
  );
}
