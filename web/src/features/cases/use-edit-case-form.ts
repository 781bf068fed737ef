import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useFieldForm } from '../common/use-field-form';
import type { Saksmappe } from './api';
import { editCaseFieldOrder, fromSaksmappe, toSaksmappeEndring, validateEditCase } from './edit-case-values';
import { useUpdateSaksmappe } from './edit-api';

/** State, validation and submission of the edit-case form: only changed fields are sent. */
export function useEditCaseForm(sak: Saksmappe) {
  const navigate = useNavigate();
  const update = useUpdateSaksmappe(sak.id);
  const form = useFieldForm(fromSaksmappe(sak), validateEditCase, editCaseFieldOrder);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.reset();
    if (!form.check()) return;
    const back = () => void navigate(`/saker/${sak.id}`);
    if (form.changed.length === 0) return back();
    update.mutate(toSaksmappeEndring(form.values, form.changed), { onSuccess: back });
  };

  return { ...form, submit, update };
}
