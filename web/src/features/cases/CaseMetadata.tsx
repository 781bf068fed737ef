import { useTranslation } from 'react-i18next';
import { codeOf, useCodeName } from '../common/code-lists';
import { useArkivdeler } from '../common/structure-api';
import { useFormat } from '../common/format';
import { MetaList } from '../common/MetaList';
import type { Saksmappe } from './api';

export function CaseMetadata({ sak }: { sak: Saksmappe }) {
  const { t } = useTranslation();
  const codeName = useCodeName();
  const format = useFormat();
  const klasse = sak.primaerKlasse ? [sak.primaerKlasse.verdi, sak.primaerKlasse.tittel].filter(Boolean).join(' ') : '';
  const arkivdel = useArkivdeler().data?.items.find((a) => a.id === sak.arkivdelId);
  return (
    <MetaList
      items={[
        { label: t('cases.number'), value: sak.saksnummer },
        { label: t('newCase.tittel'), value: sak.tittel },
        { label: t('newCase.offentligTittel'), value: sak.offentligTittel },
        { label: t('editCase.beskrivelse'), value: sak.beskrivelse },
        { label: t('cases.status'), value: `${codeOf(sak.saksstatus)} – ${codeName('saksstatus', sak.saksstatus)}` },
        { label: t('newCase.arkivdel'), value: arkivdel?.tittel },
        { label: t('newCase.klasse'), value: klasse },
        { label: t('cases.unit'), value: sak.administrativEnhet?.navn },
        { label: t('newCase.saksansvarlig'), value: sak.saksansvarlig?.navn },
        { label: t('cases.caseDate'), value: format.date(sak.saksdato) },
        { label: t('cases.obsDate'), value: format.date(sak.obsDato) },
        {
          label: t('editCase.tilgangskode'),
          value: sak.tilgangskode && `${sak.tilgangskode} – ${codeName('tilgangskode', sak.tilgangskode)}`,
        },
        { label: t('cases.closedDate'), value: [format.date(sak.avsluttetDato), sak.avsluttetAv?.navn].filter(Boolean).join(', ') },
        { label: t('cases.created'), value: format.dateTime(sak.opprettetDato) },
      ]}
    />
  );
}
