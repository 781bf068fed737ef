import { useState } from 'react';
import { fetchStepUp } from './api';
import { SecureZoneDialog } from './SecureZoneDialog';

interface Pending {
  title: string;
  action: () => void;
}

/**
 * Runs an action on a secure-zone document (download, preview) at once when
 * the session's second step is still valid, else after the password dialog.
 * Render `dialog` once where the gate is used.
 */
export function useSecureGate() {
  const [pending, setPending] = useState<Pending | null>(null);
  const gate = async (title: string, action: () => void) => {
    const state = await fetchStepUp().catch(() => null);
    if (state?.sikkerSoneTil) action();
    else setPending({ title, action });
  };
  const dialog = (
    <SecureZoneDialog
      open={pending !== null}
      documentTitle={pending?.title ?? ''}
      onCancel={() => setPending(null)}
      onOpened={() => {
        const action = pending?.action;
        setPending(null);
        action?.();
      }}
    />
  );
  return { gate, dialog };
}
