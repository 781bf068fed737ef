import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeLog } from '../features/changelog/ChangeLog';
import type { Bruker } from './api';

/** The user's status and role history (who changed what, when), from the change log. */
export function UserHistoryDialog({ user }: { user: Bruker }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const headingId = `history-${user.id}`;
  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={() => setOpen(true)} aria-label={t('admin.historyFor', { user: user.navn })}>
        {t('admin.history')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('admin.close')} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {t('admin.historyFor', { user: user.navn })}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          {open && <ChangeLog url={`/api/brukere/${user.id}/historikk`} caption={t('admin.historyFor', { user: user.navn })} />}
        </Dialog.Block>
      </Dialog>
    </>
  );
}
