import { Button, Dialog } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The button's visible text and its accessible name (which object it edits). */
  label: string;
  accessibleLabel: string;
  /** The dialog's content; `close` ends it (after a successful save). */
  children: (close: () => void) => ReactNode;
}

/** A button that opens a dialog with an edit form; the form is made afresh each time it opens. */
export function EditDialog({ label, accessibleLabel, children }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={() => setOpen(true)} aria-label={accessibleLabel}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('accessAdmin.close')} aria-label={accessibleLabel}>
        <Dialog.Block>{open && children(() => setOpen(false))}</Dialog.Block>
      </Dialog>
    </>
  );
}
