import { useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client';
import { ApiError, type Localized } from '../api/errors';

export interface RoleAssignment {
  id: string;
  rolle: string;
  rolleNavn: Localized;
  organisasjon: { id: string; navn: string; kortnavn: string; organisasjonsnummer: string };
  enhet: { id: string; navn: string } | null;
}

export interface Session {
  bruker: { id: string; brukernavn: string; navn: string };
  roller: RoleAssignment[];
  aktivRolleId: string | null;
  csrfToken: string;
}

export const sessionKey = ['session'] as const;

/** Remember the CSRF token of every session body that reaches the client. */
export function acceptSession(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

/** The signed-in session, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return acceptSession(await api<Session>('/api/session', { allowUnauthorized: true }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

export function activeRole(session: Session): RoleAssignment | undefined {
  return session.roller.find((r) => r.id === session.aktivRolleId);
}
