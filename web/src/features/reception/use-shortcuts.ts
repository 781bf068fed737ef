import { useEffect } from 'react';

/**
 * Keyboard shortcuts of a page, named `Alt+Shift+N`, `Control+Enter` (the
 * aria-keyshortcuts form). Alt+Shift and Control+Enter leave plain typing,
 * the browser's own keys and screen readers' single-key navigation alone.
 */
export function useShortcuts(shortcuts: Record<string, () => void>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const name = [event.ctrlKey && 'Control', event.altKey && 'Alt', event.shiftKey && 'Shift', keyName(event)].filter(Boolean).join('+');
      const action = shortcuts[name];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts]);
}

/** The key itself, layout-independent for letters (Alt changes what `key` gives on a Mac). */
function keyName(event: KeyboardEvent): string {
  if (/^Key[A-Z]$/.test(event.code)) return event.code.slice(3);
  return event.key;
}
