import { Textfield } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../common/SelectField';
import type { Klasse, Klassifikasjonssystem } from '../common/structure-api';

interface Props {
  system: Klassifikasjonssystem | undefined;
  klasser: readonly Klasse[];
  klasseId: string;
  klasseverdi: string;
  onKlasse: (id: string) => void;
  onVerdi: (value: string) => void;
  onBlur: (event?: { relatedTarget: EventTarget | null }) => void;
  error: string | undefined;
  selectRef: Ref<HTMLSelectElement>;
  inputRef: Ref<HTMLInputElement>;
}

/** A subject class from the list, or the value of an object class (fødselsnummer, gnr/bnr). */
export function ClassField({ system, klasser, klasseId, klasseverdi, onKlasse, onVerdi, onBlur, error, selectRef, inputRef }: Props) {
  const { t } = useTranslation();
  if (!system) return null;
  if (system.verdiformat) {
    const help =
      system.verdiformat === 'fnr' ? t('newCase.klasseverdiFnr') : system.verdiformat === 'gnrbnr' ? t('newCase.klasseverdiGnrBnr') : '';
    return (
      <Textfield
        ref={inputRef}
        label={t('newCase.klasseverdi', { system: system.tittel })}
        description={help || undefined}
        required
        value={klasseverdi}
        onChange={(e) => onVerdi(e.target.value)}
        onBlur={onBlur}
        error={error}
        autoComplete="off"
      />
    );
  }
  // Only classes at the lowest level may class a case (Noark 5 krav 2.4.4).
  const parents = new Set(klasser.map((k) => k.overordnetKlasseId));
  const options = klasser
    .filter((k) => !parents.has(k.id))
    .sort((a, b) => a.klasseId.localeCompare(b.klasseId, 'nb', { numeric: true }))
    .map((k) => ({ value: k.id, label: `${k.klasseId} ${k.tittel}` }));
  return (
    <SelectField
      ref={selectRef}
      label={t('newCase.klasse')}
      description={t('newCase.klasseHelp', { system: system.tittel })}
      required
      value={klasseId}
      onChange={onKlasse}
      onBlur={onBlur}
      options={options}
      emptyLabel={t('newCase.choose')}
      error={error}
    />
  );
}
