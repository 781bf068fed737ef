import { Checkbox } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { activeRole, useSession } from '../../auth/session';
import type { RecordValues } from './record-validation';
import { useSvarfrister } from './svarfrist-api';

interface Props {
  values: RecordValues;
  set: <K extends keyof RecordValues>(field: K, value: RecordValues[K]) => void;
}

/** Urgent post (incoming) and the archive's paper-only confirmation (letters in and out). */
export function IncomingOptions({ values, set }: Props) {
  const { t } = useTranslation();
  const frister = useSvarfrister();
  const session = useSession();
  const archive = session.data ? activeRole(session.data)?.rolle === 'ARK' : false;
  const letter = ['I', 'U'].includes(values.journalposttype);
  return (
    <>
      {values.journalposttype === 'I' && (
        <Checkbox
          label={t('newRecord.haster')}
          description={t('newRecord.hasterHelp', { days: frister.data?.hasterSvarfristDager ?? 2 })}
          checked={values.haster}
          onChange={(e) => set('haster', e.target.checked)}
        />
      )}
      {archive && letter && (
        <Checkbox
          label={t('newRecord.kunPapir')}
          description={t('newRecord.kunPapirHelp')}
          checked={values.kunPapir}
          onChange={(e) => set('kunPapir', e.target.checked)}
        />
      )}
    </>
  );
}
