import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';

interface Props {
  id: string;
  label: string;
  heading: string;
  /** Sends the step; the dialog closes when it succeeds. */
  onSubmit(done: () => void): void;
  pending: boolean;
  error: unknown;
  disabled?: boolean;
  /** The opening button's size (sm in a table row). */
  size?: 'sm' | 'md';
  /** The send button's text; «Send» when left out. */
  submitLabel?: string;
  children: ReactNode;
}

/** A button opening a small dialog for one step on a record or task (distribute, copy, message to the archive, write-off). */
export function StepDialog({ id, label, heading, onSubmit, pending, error, disabled, size = 'md', submitLabel, children }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const headingId = `step-${id}`;
  return (
    <>
      <Button variant="secondary" data-size={size} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('secureZone.cancel')} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {heading}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="stack">
          {children}
          <FormAlert error={error} />
          <div className="page-actions">
            <Button loading={pending} disabled={disabled} onClick={() => onSubmit(() => setOpen(false))}>
              {submitLabel ?? t('worklists.send')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
