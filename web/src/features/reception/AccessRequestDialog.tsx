import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useServerErrors } from '../common/server-errors';
import { useRegisterAccessRequest, type Mottak } from './api';

interface Props {
  item: Mottak;
  onDone: (journalpostId: string) => void;
}

/** Post that asks for access (innsynskrav): the archive names the records, and the request is registered and routed. */
export function AccessRequestDialog({ item, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [nummer, setNummer] = useState(item.nevnteJournalposter.join(', '));
  const [navn, setNavn] = useState(item.avsender?.navn ?? '');
  const [epost, setEpost] = useState(item.avsender?.epost ?? '');
  const register = useRegisterAccessRequest(item.id);
  const server = useServerErrors(register.error, ['navn', 'epost']);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    register.mutate(
      { nummer: nummer.split(/[\s,;]+/).filter(Boolean), navn: navn || undefined, epost: epost || undefined },
      { onSuccess: (res) => (setOpen(false), onDone(res.journalpostId)) },
    );
  };

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('reception.access.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('reception.keep.cancel')} aria-labelledby="access-heading">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="access-heading">
            {t('reception.access.heading')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <form className="stack" onSubmit={submit} noValidate>
            <Paragraph data-size="sm">{t('reception.access.intro')}</Paragraph>
            <Textfield
              label={t('reception.access.numbers')}
              description={t('reception.access.numbersHelp')}
              value={nummer}
              onChange={(e) => setNummer(e.target.value)}
              autoComplete="off"
              required
            />
            <Textfield
              label={t('reception.access.name')}
              value={navn}
              onChange={(e) => setNavn(e.target.value)}
              error={server.forField('navn', t('reception.access.name'))}
            />
            <Textfield
              label={t('reception.access.email')}
              description={t('reception.access.emailHelp')}
              type="email"
              value={epost}
              onChange={(e) => setEpost(e.target.value)}
              error={server.forField('epost', t('reception.access.email'))}
            />
            <FormAlert error={server.formError} others={server.others} />
            <div className="form-actions">
              <Button type="submit" loading={register.isPending}>
                {t('reception.access.submit')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
                {t('reception.keep.cancel')}
              </Button>
            </div>
          </form>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
