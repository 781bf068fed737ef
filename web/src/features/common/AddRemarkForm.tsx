import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Merknad } from '../cases/types';
import { FormAlert } from './FormAlert';
import { useServerErrors } from './server-errors';
import { useFieldForm, type FieldErrors } from './use-field-form';

const order = ['merknadstekst'] as const;
const validate = (v: { merknadstekst: string }): FieldErrors<'merknadstekst'> =>
  v.merknadstekst.trim() ? {} : { merknadstekst: 'addRemark.errors.text' };

interface Props {
  /** The owner's merknader collection, e.g. /api/saksmapper/:id/merknader. */
  url: string;
  /** The query that lists the owner's remarks, refetched after saving. */
  queryKey: QueryKey;
  id: string;
}

/** Writes a remark on a case or record; the list above shows it once saved. */
export function AddRemarkForm({ url, queryKey, id }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (merknadstekst: string) => api<Merknad>(url, { method: 'POST', body: { merknadstekst } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
  const form = useFieldForm({ merknadstekst: '' }, validate, order);
  const server = useServerErrors(mutation.error, order);
  const [done, setDone] = useState(false);
  const label = t('addRemark.text');
  const own = form.errors.merknadstekst;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.reset();
    setDone(false);
    if (!form.check()) return;
    mutation.mutate(form.values.merknadstekst.trim(), {
      onSuccess: () => {
        form.reset();
        setDone(true);
      },
    });
  };

  return (
    <form className="stack inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t('addRemark.heading')}
      </Heading>
      <Textfield
        ref={form.ref('merknadstekst')}
        label={label}
        multiline
        rows={3}
        required
        value={form.values.merknadstekst}
        onChange={(e) => form.set('merknadstekst')(e.target.value)}
        onBlur={form.touch('merknadstekst')}
        error={own ? t(own) : server.forField('merknadstekst', label)}
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" loading={mutation.isPending}>
          {t('addRemark.submit')}
        </Button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
        {done && <Paragraph data-size="sm">{t('addRemark.added')}</Paragraph>}
      </div>
    </form>
  );
}
