import type { QueryField } from '../noark5-api/odata/bind-filter.js';

/**
 * What a list of cases may be filtered and ordered by in the Noark 5 API
 * (`$filter`, `$orderby`), by the tjenestegrensesnitt's field names; `key` is
 * the saksmappe column the repository reads. Fields the presenter screens
 * for a reader without access are `screened` (saksmappe-presenter.ts).
 */
export const SAKSMAPPE_QUERY_FIELDS: readonly QueryField[] = [
  { path: 'systemID', type: 'uuid', key: 'id' },
  { path: 'tittel', type: 'string', key: 'tittel', screened: true },
  { path: 'offentligTittel', type: 'string', key: 'offentlig_tittel' },
  { path: 'beskrivelse', type: 'string', key: 'beskrivelse', screened: true },
  { path: 'saksaar', type: 'number', key: 'saksaar' },
  { path: 'sakssekvensnummer', type: 'number', key: 'sakssekvensnummer' },
  { path: 'saksdato', type: 'date', key: 'saksdato' },
  { path: 'opprettetDato', type: 'datetime', key: 'opprettet_dato' },
  { path: 'avsluttetDato', type: 'datetime', key: 'avsluttet_dato' },
  { path: 'saksstatus/kode', type: 'string', key: 'saksstatus' },
  { path: 'journalenhet', type: 'string', key: 'journalenhet' },
  { path: 'referanseArkivdel', type: 'uuid', key: 'arkivdel_id' },
  { path: 'referanseAdministrativEnhet', type: 'uuid', key: 'administrativ_enhet_id' },
  { path: 'referanseSaksansvarlig', type: 'uuid', key: 'saksansvarlig_id' },
  { path: 'skjerming/tilgangsrestriksjon/kode', type: 'string', key: 'tilgangskode' },
  // An object value (a fødselsnummer as class) is screened like the case's fields.
  { path: 'klasse/klasseID', type: 'string', key: 'primaer_klasseverdi', screened: true },
];
