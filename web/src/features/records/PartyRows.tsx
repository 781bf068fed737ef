import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useKodeliste } from '../common/code-lists';
import { useUnitOptions, useUserOptions } from '../common/people';
import { PartyRow, type PartyRowProps } from './PartyRow';
import { isInternalParty, type PartyValues } from './record-validation';

interface Props extends Omit<PartyRowProps, 'index' | 'party' | 'types' | 'internal'> {
  parter: readonly PartyValues[];
  onAdd: () => void;
}

/** Correspondence parties as rows the user adds and removes; focus follows each change. */
export function PartyRows({ parter, onAdd, refFor, ...row }: Props) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const types = useKodeliste('korrespondanseparttype').map((k) => ({ value: k.code, label: `${k.code} – ${pick(k)}` }));
  // The organisation's people are read only once an internal party asks for them.
  const internal = { people: useUserOptions(parter.some((p) => isInternalParty(p.korrespondanseparttype))), units: useUnitOptions() };

  return (
    <section aria-labelledby="parties-heading" className="stack">
      <Heading level={2} data-size="xs" id="parties-heading">
        {t('newRecord.parties')}
      </Heading>
      {parter.length === 0 && <Paragraph data-size="sm">{t('newRecord.noParties')}</Paragraph>}
      {parter.map((party, index) => (
        <PartyRow key={party.key} index={index} party={party} types={types} internal={internal} refFor={refFor} {...row} />
      ))}
      <div>
        <Button ref={refFor('addParty')} type="button" variant="secondary" data-size="sm" onClick={onAdd}>
          {t('newRecord.addParty')}
        </Button>
      </div>
    </section>
  );
}
