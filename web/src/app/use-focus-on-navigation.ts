import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A client-side route change is silent for screen readers. Moving focus to
 * the new page's h1 announces it and starts keyboard users at the content.
 */
export function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }, [pathname]);
}
