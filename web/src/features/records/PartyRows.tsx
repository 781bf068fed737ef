import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useKodeliste } from '../common/code-lists';
import { PartyRow, type PartyRowProps } from './PartyRow';
import type { PartyValues } from './record-validation';

interface Props extends Omit<PartyRowProps, 'index' | 'party' | 'types'> {
  parter: readonly PartyValues[];
  onAdd: () => void;
}

/** Correspondence parties as rows the user adds and removes; focus follows each change. */
export function PartyRows({ parter, onAdd, refFor, ...row }: Props) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const types = useKodeliste('korrespondanseparttype').map((k) => ({ value: k.code, label: `${k.code} – ${pick(k)}` }));

  return (
    <section aria-labelledby="parties-heading" className="stack">
      <Heading level={2} data-size="xs" id="parties-heading">
        {t('newRecord.parties')}
      </Heading>
      {parter.length === 0 && <Paragraph data-size="sm">{t('newRecord.noParties')}</Paragraph>}
      {parter.map((party, index) => (
        <PartyRow key={party.key} index={index} party={party} types={types} refFor={refFor} {...row} />
      ))}
      <div>
        <Button ref={refFor('addParty')} type="button" variant="secondary" data-size="sm" onClick={onAdd}>
          {t('newRecord.addParty')}
        </Button>
      </div>
    </section>
  );
}
