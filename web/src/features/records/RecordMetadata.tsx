import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { codeOf, useCodeName } from '../common/code-lists';
import { useFormat } from '../common/format';
import { MetaList } from '../common/MetaList';
import type { Journalpost } from './types';

export function RecordMetadata({ jp }: { jp: Journalpost }) {
  const { t } = useTranslation();
  const codeName = useCodeName();
  const format = useFormat();
  return (
    <MetaList
      items={[
        { label: t('records.number'), value: jp.journalpostId },
        { label: t('records.loepenummer'), value: jp.loepenummer },
        {
          label: t('records.case'),
          value: (
            <Link asChild>
              <RouterLink to={`/saker/${jp.saksmappeId}`}>{jp.saksnummer}</RouterLink>
            </Link>
          ),
        },
        { label: t('records.type'), value: `${codeOf(jp.journalposttype)} – ${codeName('journalposttype', jp.journalposttype)}` },
        { label: t('records.status'), value: `${codeOf(jp.journalstatus)} – ${codeName('journalstatus', jp.journalstatus)}` },
        { label: t('newRecord.tittel'), value: jp.tittel },
        { label: t('newRecord.offentligTittel'), value: jp.offentligTittel },
        { label: t('records.journalDate'), value: format.date(jp.journaldato) },
        { label: t('newRecord.dokumentetsDato'), value: format.date(jp.dokumentetsDato) },
        { label: t('newRecord.mottattDato'), value: format.date(jp.mottattDato) },
        { label: t('records.sentDate'), value: format.date(jp.sendtDato) },
        { label: t('newRecord.forfallsdato'), value: format.date(jp.forfallsdato) },
        { label: t('records.urgent'), value: jp.haster ? t('records.yes') : t('records.no') },
        { label: t('records.dokumentmedium'), value: jp.dokumentmedium ? t(`records.dokumentmediumNavn.${jp.dokumentmedium}`) : '' },
        { label: t('editRecord.antallVedlegg'), value: jp.antallVedlegg ?? '' },
        { label: t('cases.unit'), value: jp.administrativEnhet?.navn },
        { label: t('records.caseWorker'), value: jp.saksbehandler?.navn },
        { label: t('cases.created'), value: format.dateTime(jp.opprettetDato) },
      ]}
    />
  );
}
