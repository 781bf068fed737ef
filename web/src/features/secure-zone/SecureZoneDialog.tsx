import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { stepUp } from './api';

interface Props {
  open: boolean;
  documentTitle: string;
  onOpened: () => void;
  onCancel: () => void;
}

/** «Sikker sone»: the password once more before a personsensitive document opens. */
export function SecureZoneDialog({ open, documentTitle, onOpened, onCancel }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [passord, setPassord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  // The dialog stays mounted, so autoFocus would fire before it opens and the
  // browser would then focus its first button: focus the field once it is open.
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => passwordRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [open]);

  const close = () => {
    setPassord('');
    setError(null);
    onCancel();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passord) return setError(t('secureZone.passwordMissing'));
    setBusy(true);
    try {
      await stepUp(passord);
      setPassord('');
      setError(null);
      onOpened();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} closeButton={t('secureZone.cancel')} aria-labelledby="secure-zone-heading">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="secure-zone-heading">
          {t('secureZone.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
          <Paragraph>{t('secureZone.explain', { name: documentTitle })}</Paragraph>
          <Textfield
            label={t('secureZone.password')}
            type="password"
            autoComplete="current-password"
            value={passord}
            onChange={(e) => setPassord(e.target.value)}
            error={error ?? undefined}
            ref={passwordRef}
          />
          <div className="page-actions">
            <Button type="submit" loading={busy}>
              {t('secureZone.confirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              {t('secureZone.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
