import { Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserOptions } from '../common/people';
import { SelectField } from '../common/SelectField';
import { useRecordStep } from './api';
import { OmfordelDialog } from './OmfordelDialog';
import { StepDialog } from './StepDialog';
import { WriteOffDialog } from './WriteOffDialog';

const MELDINGER = ['feilfordelt', 'endre', 'merknad'] as const;

/**
 * The case worker's steps on a record (seed 002, 10.1, 10.7, 10.8): for
 * incoming post and notes «Fordel videre» (to another case worker or unit), a copy
 * to a colleague, a message to the archive (wrongly distributed, change title
 * or case, remark), and for incoming post and notes the write-off.
 */
export function RecordSteps({ id, number, answerable }: { id: string; number: string; answerable: boolean }) {
  const { t } = useTranslation();
  const people = useUserOptions();
  const [copy, setCopy] = useState({ brukerId: '', merknad: '' });
  const [message, setMessage] = useState<{ type: (typeof MELDINGER)[number]; merknad: string }>({ type: 'feilfordelt', merknad: '' });
  const sendCopy = useRecordStep(id, 'kopi');
  const sendMessage = useRecordStep(id, 'melding-til-arkivet');

  return (
    <>
      {answerable && <OmfordelDialog journalpostId={id} number={number} />}
      <StepDialog
        id={`kopi-${id}`}
        label={t('worklists.copyTo')}
        heading={t('worklists.copyHeading', { number })}
        pending={sendCopy.isPending}
        error={sendCopy.error}
        disabled={!copy.brukerId}
        onSubmit={(done) =>
          sendCopy.mutate({ mottakere: [{ brukerId: copy.brukerId }], merknad: copy.merknad || null }, { onSuccess: done })
        }
      >
        <SelectField
          label={t('worklists.recipient')}
          value={copy.brukerId}
          onChange={(brukerId) => setCopy({ ...copy, brukerId })}
          emptyLabel={t('worklists.chooseRecipient')}
          options={people}
          required
        />
        <Textarea
          aria-label={t('worklists.remarkOptional')}
          placeholder={t('worklists.remarkOptional')}
          value={copy.merknad}
          onChange={(e) => setCopy({ ...copy, merknad: e.target.value })}
        />
      </StepDialog>
      <StepDialog
        id={`melding-${id}`}
        label={t('worklists.toArchive')}
        heading={t('worklists.toArchiveHeading', { number })}
        pending={sendMessage.isPending}
        error={sendMessage.error}
        disabled={!message.merknad.trim()}
        onSubmit={(done) => sendMessage.mutate(message, { onSuccess: done })}
      >
        <SelectField
          label={t('worklists.messageType')}
          value={message.type}
          onChange={(type) => setMessage({ ...message, type: type as (typeof MELDINGER)[number] })}
          options={MELDINGER.map((m) => ({ value: m, label: t(`worklists.messages.${m}`) }))}
        />
        <Textarea
          aria-label={t('worklists.messageText')}
          placeholder={t('worklists.messageText')}
          value={message.merknad}
          onChange={(e) => setMessage({ ...message, merknad: e.target.value })}
        />
      </StepDialog>
      {answerable && <WriteOffDialog id={id} number={number} />}
    </>
  );
}
