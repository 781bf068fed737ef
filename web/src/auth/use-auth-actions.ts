import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client';
import { acceptSession, sessionKey, type Session } from './session';

export interface Credentials {
  brukernavn: string;
  passord: string;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) =>
      api<Session>('/api/auth/login', { method: 'POST', body: credentials, allowUnauthorized: true }),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, acceptSession(session));
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST', allowUnauthorized: true }),
    onSettled: () => {
      setCsrfToken(null);
      // A full page load drops every cached answer of the user who left.
      window.location.assign('/logg-inn');
    },
  });
}

/** «Logg ut overalt»: every session of mine ends, this one too. */
export function useLogoutEverywhere() {
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout-everywhere', { method: 'POST', allowUnauthorized: true }),
    onSuccess: () => {
      setCsrfToken(null);
      window.location.assign('/logg-inn');
    },
  });
}

export function useSwitchRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rolletildelingId: string) => api<Session>('/api/session/aktiv-rolle', { method: 'PUT', body: { rolletildelingId } }),
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionKey, acceptSession(session));
      // Everything else belongs to the organisation and role we just left.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
    },
  });
}
