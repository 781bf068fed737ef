import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface Props {
  aktiv: boolean;
  pending: boolean;
  onToggle: () => void;
  /** The accessible names, which say what is (de)activated. */
  labels: { deactivate: string; activate: string };
}

/** Deactivates an active code or group, activates an inactive one. */
export function ToggleActive({ aktiv, pending, onToggle, labels }: Props) {
  const { t } = useTranslation();
  return (
    <Button variant="tertiary" data-size="sm" loading={pending} onClick={onToggle} aria-label={aktiv ? labels.deactivate : labels.activate}>
      {t(aktiv ? 'accessAdmin.deactivate' : 'accessAdmin.activate')}
    </Button>
  );
}
