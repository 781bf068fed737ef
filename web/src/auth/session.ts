import { useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client';
import { ApiError } from '../api/errors';
import type { ApiResponse } from '../api/types';

export type Session = ApiResponse<'/api/session'>;
export type RoleAssignment = Session['roller'][number];

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
