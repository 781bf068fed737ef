import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useMarkPersonsensitiv } from './api';

interface Props {
  journalpostId: string;
  dokumentId: string;
  title: string;
}

/** Moves a document into the secure zone after a confirmation: it cannot be undone. */
export function MarkSecureButton({ journalpostId, dokumentId, title }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const mark = useMarkPersonsensitiv(journalpostId);
  const headingId = `mark-secure-${dokumentId}`;
  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={() => setOpen(true)}>
        {t('secureZone.mark', { name: title })}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('secureZone.cancel')} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {t('secureZone.markHeading')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="stack">
          <Paragraph>{t('secureZone.markExplain', { name: title })}</Paragraph>
          <FormAlert error={mark.error} />
          <div className="page-actions">
            <Button loading={mark.isPending} onClick={() => mark.mutate(dokumentId, { onSuccess: () => setOpen(false) })}>
              {t('secureZone.markConfirm')}
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
