import { useOutletContext } from 'react-router';
import { activeRole, type RoleAssignment, type Session } from '../auth/session';

export interface ShellContext {
  session: Session;
  active: RoleAssignment | undefined;
}

export function shellContext(session: Session): ShellContext {
  return { session, active: activeRole(session) };
}

/** The signed-in session, for pages rendered inside the shell. */
export function useShell(): ShellContext {
  return useOutletContext<ShellContext>();
}
