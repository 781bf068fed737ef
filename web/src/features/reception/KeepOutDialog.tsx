import { Button, Checkbox, Dialog, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrukere } from '../../admin/api';
import { FormAlert } from '../common/FormAlert';
import { SelectField } from '../common/SelectField';
import { useServerErrors } from '../common/server-errors';
import { useDebouncedValue } from '../common/use-debounced-value';
import { useGrunner, useKeepOut } from './api';

interface Props {
  mottakId: string;
  open: boolean;
  onOpen: (open: boolean) => void;
  onDone: () => void;
}

/** Arkivbegrensning: a reason from the organisation's list, and whom the post is forwarded to. */
export function KeepOutDialog({ mottakId, open, onOpen, onDone }: Props) {
  const { t } = useTranslation();
  const grunner = useGrunner(open);
  const keep = useKeepOut(mottakId);
  const server = useServerErrors(keep.error, ['grunnId', 'adressatBrukerId', 'kommentar']);
  const [grunnId, setGrunnId] = useState('');
  const [query, setQuery] = useState('');
  const [adressat, setAdressat] = useState('');
  const [kommentar, setKommentar] = useState('');
  const [epost, setEpost] = useState(true);
  const q = useDebouncedValue(query.trim());
  const people = useBrukere({ q, aktive: true, perSide: 8 }, open && q !== '');
  const submit = () =>
    keep.mutate(
      { grunnId, adressatBrukerId: adressat || undefined, kommentar: kommentar || undefined, epost },
      { onSuccess: () => (onOpen(false), onDone()) },
    );

  return (
    <>
      <Button variant="secondary" onClick={() => onOpen(true)} aria-keyshortcuts="Alt+Shift+B">
        {t('reception.keep.button')}
      </Button>
      <Dialog open={open} onClose={() => onOpen(false)} closeButton={t('reception.keep.cancel')} aria-labelledby="keep-heading">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="keep-heading">
            {t('reception.keep.heading')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="stack">
          <SelectField
            label={t('reception.keep.reason')}
            required
            value={grunnId}
            onChange={setGrunnId}
            emptyLabel={t('reception.keep.chooseReason')}
            options={(grunner.data?.items ?? []).filter((g) => g.aktiv).map((g) => ({ value: g.id, label: g.navn }))}
            error={server.forField('grunnId', t('reception.keep.reason'))}
          />
          <Textfield
            label={t('reception.keep.searchAddressee')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
          <Fieldset>
            <Fieldset.Legend>{t('reception.keep.addressee')}</Fieldset.Legend>
            <Radio
              name="adressat"
              value=""
              label={t('reception.keep.chooseAddressee')}
              checked={adressat === ''}
              onChange={() => setAdressat('')}
            />
            {(q ? (people.data?.items ?? []) : []).map((u) => (
              <Radio
                key={u.id}
                name="adressat"
                value={u.id}
                label={`${u.navn} (${u.brukernavn})`}
                checked={adressat === u.id}
                onChange={() => setAdressat(u.id)}
              />
            ))}
          </Fieldset>
          <Checkbox label={t('reception.keep.email')} checked={epost} onChange={(e) => setEpost(e.target.checked)} />
          <Textfield
            label={t('form.optional', { label: t('reception.keep.comment') })}
            value={kommentar}
            onChange={(e) => setKommentar(e.target.value)}
          />
          <FormAlert error={server.formError} others={server.others} />
          <div className="form-actions">
            <Button loading={keep.isPending} onClick={submit}>
              {t('reception.keep.submit')}
            </Button>
            <Button variant="secondary" onClick={() => onOpen(false)}>
              {t('reception.keep.cancel')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
