import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { FormAlert } from '../common/FormAlert';
import { codeOf, useCodeName, type CodeValue, type KodelisteNavn } from '../common/code-lists';
import { ACTIVITY_FORMS } from './activity-forms';
import { useAktiviteter, type ActivityObject } from './api';

interface Props {
  objekt: ActivityObject;
  id: string;
  /** The record's or case's number, for the forms' headings. */
  number: string;
  list: KodelisteNavn;
  current: CodeValue;
  /** Runs a plain status step by its target status. */
  statusMutation: UseMutationResult<unknown, Error, string>;
  /** Groups of activities (the routine's `gruppe`) the page offers in a panel of their own (the case's closing panel). */
  groupsShownElsewhere?: readonly string[];
}

/**
 * The routine's activities open to me on this record or case, in words
 * (issue 14 item 5): a button per activity, opening its form where it asks
 * for more than a click. The server decides which are open; the outcome is announced.
 */
export function ActivityActions({ objekt, id, number, list, current, statusMutation, groupsShownElsewhere = [] }: Props) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const codeName = useCodeName();
  const activities = useAktiviteter(objekt, id);
  const [done, setDone] = useState('');
  const items = (activities.data?.items ?? []).filter((a) => !a.gruppe || !groupsShownElsewhere.includes(a.gruppe));

  const runStep = (til: string, navn: string) => {
    setDone('');
    statusMutation.mutate(til, { onSuccess: () => setDone(t('activities.done', { activity: navn })) });
  };

  return (
    <section aria-labelledby="activities-heading" className="stack status-actions">
      <Heading level={2} data-size="xs" id="activities-heading">
        {t('activities.heading')}
      </Heading>
      <Paragraph>{t('status.current', { status: `${codeOf(current)} – ${codeName(list, current)}` })}</Paragraph>
      {activities.data && items.length === 0 && <Paragraph data-size="sm">{t('activities.none')}</Paragraph>}
      {items.length > 0 && (
        <div className="button-row">
          {items.map((a) => {
            const label = pick(a.navn);
            const Form = ACTIVITY_FORMS[a.id];
            if (Form) return <Form key={a.id} objectId={id} number={number} label={label} />;
            const til = a.parametre?.til;
            if (!til) return null;
            return (
              <Button
                key={a.id}
                variant="secondary"
                data-size="sm"
                title={pick(a.beskrivelse)}
                loading={statusMutation.isPending && statusMutation.variables === til}
                onClick={() => runStep(til, label)}
              >
                {label}
              </Button>
            );
          })}
        </div>
      )}
      <div aria-live="polite" aria-atomic="true">
        {statusMutation.error ? <FormAlert error={statusMutation.error} /> : done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
    </section>
  );
}
