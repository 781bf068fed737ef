import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { codeOf } from '../common/code-lists';
import { useFieldForm } from '../common/use-field-form';
import { useUpdateJournalpost } from './edit-api';
import { editRecordFieldOrder, fromJournalpost, toJournalpostEndring, validateEditRecord } from './edit-record-values';
import type { Journalpost } from './types';

/** State, validation and submission of the edit-record form: only changed fields are sent. */
export function useEditRecordForm(jp: Journalpost) {
  const navigate = useNavigate();
  const update = useUpdateJournalpost(jp.id);
  const type = codeOf(jp.journalposttype);
  const form = useFieldForm(fromJournalpost(jp), (v) => validateEditRecord(v, type), editRecordFieldOrder);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.reset();
    if (!form.check()) return;
    const back = () => void navigate(`/journalposter/${jp.id}`);
    if (form.changed.length === 0) return back();
    update.mutate(toJournalpostEndring(form.values, form.changed), { onSuccess: back });
  };

  return { ...form, submit, update, incoming: type === 'I' };
}
