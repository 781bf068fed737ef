import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import type { QueryKey } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTilgangsgrupper } from '../../access-admin/api';
import { FormAlert } from '../common/FormAlert';
import { useServerErrors } from '../common/server-errors';
import { useSetSkjerming, useTilgangskoder, type ScreenedObject } from './api';
import type { ScreenedLevel } from './screening-scope';
import { SCREENING_FIELDS, ScreeningFields } from './ScreeningFields';
import { useScreeningForm } from './use-screening-form';
import './screening.css';

interface Props {
  level: ScreenedLevel;
  id: string;
  object: ScreenedObject;
  /** The button's text: «Skjerming», or naming the document on a row of documents. */
  label: string;
  /** Queries that show the object, fetched again once it is saved. */
  refresh: readonly QueryKey[];
}

/** The «Skjerming» button and its dialog, for those the change rule lets screen the object (the server checks again). */
export function ScreeningDialog({ level, id, object, label, refresh }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // A fresh form each time it opens, from what is stored now.
  const [generation, setGeneration] = useState(0);
  const headingId = useId();
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => {
          setGeneration((g) => g + 1);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('screening.cancel')} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {t('screening.heading', { title: object.tittel })}
          </Heading>
        </Dialog.Block>
        {open && <ScreeningBody key={generation} level={level} id={id} object={object} refresh={refresh} onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}

function ScreeningBody({ level, id, object, refresh, onDone }: Omit<Props, 'label'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const codes = useTilgangskoder(true).data?.items ?? [];
  const groups = useTilgangsgrupper().data?.items ?? [];
  const form = useScreeningForm(level, object);
  const save = useSetSkjerming(level, id, refresh);
  const server = useServerErrors(save.error, SCREENING_FIELDS);
  return (
    <Dialog.Block>
      <form
        className="stack"
        // The server's messages, in the page's language, at each field.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(form.body(), { onSuccess: onDone });
        }}
      >
        <ScreeningFields level={level} tittel={object.tittel} codes={codes} groups={groups} form={form} errorOf={server.forField} />
        <FormAlert error={server.formError} others={server.others} />
        <div className="page-actions">
          <Button type="submit" loading={save.isPending}>
            {t('screening.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('screening.cancel')}
          </Button>
        </div>
      </form>
    </Dialog.Block>
  );
}
