import { useTranslation } from 'react-i18next';
import { SelectField, type Option } from '../common/SelectField';
import type { InternTil, PartyValues } from './record-validation';

export interface InternalOptions {
  people: readonly Option[];
  units: readonly Option[];
}

interface Props extends InternalOptions {
  index: number;
  party: PartyValues;
  onChange: (changes: Partial<PartyValues>) => void;
  touch: (path: string) => () => void;
  refFor: (path: string) => (el: HTMLElement | null) => void;
  error: (path: string, label: string) => string | undefined;
}

/**
 * An internal recipient or copy recipient (IM, IK; seed 002 10.6): a person
 * or a unit of the organisation, picked, so dispatch delivers the note to
 * their «Ubesvarte», «Til fordeling» or «Kopier». Its name is the one picked.
 */
export function InternalPartyFields({ index, party, people, units, onChange, touch, refFor, error }: Props) {
  const { t } = useTranslation();
  const person = party.internTil === 'saksbehandlerId';
  const options = person ? people : units;
  const path = `korrespondanseparter.${index}.${party.internTil}`;
  const label = person ? t('newRecord.internalPerson') : t('newRecord.internalUnit');
  return (
    <>
      <SelectField
        label={t('newRecord.internalKind')}
        value={party.internTil}
        onChange={(v) => onChange({ internTil: v as InternTil, internId: '', navn: '' })}
        options={[
          { value: 'saksbehandlerId', label: t('newRecord.internalToPerson') },
          { value: 'administrativEnhetId', label: t('newRecord.internalToUnit') },
        ]}
      />
      <SelectField
        ref={refFor(path)}
        label={label}
        required
        value={party.internId}
        onChange={(id) => onChange({ internId: id, navn: options.find((o) => o.value === id)?.label ?? '' })}
        onBlur={touch(path)}
        options={options}
        emptyLabel={person ? t('worklists.chooseCaseWorker') : t('worklists.chooseUnit')}
        error={error(path, label)}
      />
    </>
  );
}
