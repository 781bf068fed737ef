import { Button, Dialog, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useKodeliste } from '../common/code-lists';
import { FormAlert } from '../common/FormAlert';
import { SelectField } from '../common/SelectField';
import { useDecide, type SperretItem } from './api';

/** The leader's decision on one blocked record: screen it (code and basis) or lift the block. */
export function DecideDialog({ item }: { item: SperretItem }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const codes = useKodeliste('tilgangskode').filter((c) => c.code !== 'XX') as {
    code: string;
    nb: string;
    en: string;
    skjermingshjemmel?: string | null;
  }[];
  const [open, setOpen] = useState(false);
  const [vedtak, setVedtak] = useState<'skjerm' | 'opphev'>('skjerm');
  const [kode, setKode] = useState('');
  const [hjemmel, setHjemmel] = useState('');
  const decide = useDecide(item.id);
  const headingId = `decide-${item.id}`;
  const chooseCode = (code: string) => {
    setKode(code);
    setHjemmel(codes.find((c) => c.code === code)?.skjermingshjemmel ?? '');
  };
  const submit = () =>
    decide.mutate(vedtak === 'opphev' ? { vedtak } : { vedtak, tilgangskode: kode, skjermingshjemmel: hjemmel }, {
      onSuccess: () => setOpen(false),
    });

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('blocked.decide', { number: item.journalpostId })}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('secureZone.cancel')} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {t('blocked.decideHeading', { number: item.journalpostId })}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="stack">
          <Fieldset>
            <Fieldset.Legend>{t('blocked.decision')}</Fieldset.Legend>
            <Radio
              name="vedtak"
              value="skjerm"
              label={t('blocked.screen')}
              checked={vedtak === 'skjerm'}
              onChange={() => setVedtak('skjerm')}
            />
            <Radio
              name="vedtak"
              value="opphev"
              label={t('blocked.lift')}
              checked={vedtak === 'opphev'}
              onChange={() => setVedtak('opphev')}
            />
          </Fieldset>
          {vedtak === 'skjerm' && (
            <>
              <SelectField
                label={t('blocked.code')}
                value={kode}
                onChange={chooseCode}
                emptyLabel={t('blocked.chooseCode')}
                options={codes.map((c) => ({ value: c.code, label: `${c.code} – ${pick(c)}` }))}
              />
              <Textfield label={t('blocked.basis')} value={hjemmel} onChange={(e) => setHjemmel(e.target.value)} />
            </>
          )}
          <FormAlert error={decide.error} />
          <div className="page-actions">
            <Button loading={decide.isPending} onClick={submit}>
              {t('blocked.save')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('secureZone.cancel')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
