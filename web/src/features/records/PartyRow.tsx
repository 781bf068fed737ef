import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, type Option } from '../common/SelectField';
import { InternalPartyFields, type InternalOptions } from './InternalPartyFields';
import { isInternalParty, type PartyValues } from './record-validation';

type Focusable = HTMLElement | null;

export interface PartyRowProps {
  index: number;
  party: PartyValues;
  types: readonly Option[];
  internal: InternalOptions;
  onChange: (index: number, changes: Partial<PartyValues>) => void;
  onRemove: (index: number) => void;
  touch: (path: string) => () => void;
  refFor: (path: string) => (el: Focusable) => void;
  error: (path: string, label: string) => string | undefined;
}

/** One correspondence party as a fieldset named by its number. */
export function PartyRow({ index, party, types, internal, onChange, onRemove, touch, refFor, error }: PartyRowProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const field = (name: 'korrespondanseparttype' | 'navn' | 'postadresse' | 'epostadresse', label: string) => {
    const path = `korrespondanseparter.${index}.${name}`;
    return { ref: refFor(path), label, value: party[name], onBlur: touch(path), error: error(path, label) };
  };
  const text = (name: 'navn' | 'postadresse' | 'epostadresse', label: string) => ({
    ...field(name, label),
    autoComplete: 'off',
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange(index, { [name]: e.target.value }),
  });

  return (
    <Fieldset className="party-row">
      <Fieldset.Legend>{t('newRecord.party', { n })}</Fieldset.Legend>
      <div className="party-row__fields">
        <SelectField
          {...field('korrespondanseparttype', t('newRecord.partyType'))}
          required
          onChange={(v) => onChange(index, { korrespondanseparttype: v })}
          options={types}
          emptyLabel={t('newCase.choose')}
        />
        {isInternalParty(party.korrespondanseparttype) ? (
          <InternalPartyFields
            {...internal}
            index={index}
            party={party}
            onChange={(changes) => onChange(index, changes)}
            touch={touch}
            refFor={refFor}
            error={error}
          />
        ) : (
          <>
            <Textfield {...text('navn', t('newRecord.partyName'))} required />
            <Textfield
              {...text('postadresse', t('newRecord.partyAddress'))}
              label={t('form.optional', { label: t('newRecord.partyAddress') })}
            />
            <Textfield
              {...text('epostadresse', t('newRecord.partyEmail'))}
              label={t('form.optional', { label: t('newRecord.partyEmail') })}
              type="email"
            />
          </>
        )}
      </div>
      <Checkbox
        label={t('newRecord.partyScreened')}
        description={t('newRecord.partyScreenedHelp')}
        checked={party.skjermet}
        onChange={(e) => onChange(index, { skjermet: e.target.checked })}
      />
      <div>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => onRemove(index)}>
          {t('newRecord.removeParty', { n })}
        </Button>
      </div>
    </Fieldset>
  );
}
