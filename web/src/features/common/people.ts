import { MAX_USERS_PER_PAGE, useBrukere, useEnheter } from '../../admin/api';
import type { Option } from './SelectField';

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'nb');

/** The organisation's units as select options, by name. */
export function useUnitOptions(): Option[] {
  const { data } = useEnheter();
  return (data?.items ?? []).map((u) => ({ value: u.id, label: `${u.navn} (${u.kortnavn})` })).sort(byLabel);
}

/** The active people with a role in force in the organisation as select options, by name (at most one page of the server's). */
export function useUserOptions(enabled = true): Option[] {
  const { data } = useBrukere({ aktive: true, perSide: MAX_USERS_PER_PAGE }, enabled);
  return (data?.items ?? []).map((u) => ({ value: u.id, label: u.navn })).sort(byLabel);
}
