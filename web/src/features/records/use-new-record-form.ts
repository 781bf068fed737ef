import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useRegisterJournalpost } from './api';
import { initialRecord, newParty, toNyJournalpost, withType } from './record-input';
import { recordFieldOrder, validateRecord, type PartyValues, type RecordErrors, type RecordValues } from './record-validation';
import { touchOnBlur } from '../common/blur-touch';

type Focusable = HTMLElement | null;

/** State, validation and submission of the register-record form; the components only render. */
export function useNewRecordForm(saksmappeId: string) {
  const navigate = useNavigate();
  const register = useRegisterJournalpost(saksmappeId);
  const [values, setValues] = useState<RecordValues>(initialRecord);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const refs = useRef<Record<string, Focusable>>({});

  const allErrors = validateRecord(values);
  const errors: RecordErrors = Object.fromEntries(Object.entries(allErrors).filter(([f]) => touched.has(f)));
  const set = <K extends keyof RecordValues>(field: K, value: RecordValues[K]) => setValues((v) => ({ ...v, [field]: value }));
  const setType = (type: string) => setValues((v) => withType(v, type));
  const setParty = (index: number, changes: Partial<PartyValues>) =>
    setValues((v) => ({ ...v, parter: v.parter.map((p, i) => (i === index ? { ...p, ...changes } : p)) }));
  const touch = (path: string) => touchOnBlur(() => setTouched((t) => new Set(t).add(path)));
  const ref = (path: string) => (el: Focusable) => {
    refs.current[path] = el;
  };
  const focusLater = (path: string) => setTimeout(() => refs.current[path]?.focus(), 0);

  const addParty = () => {
    setValues((v) => ({ ...v, parter: [...v.parter, newParty(v.journalposttype)] }));
    focusLater(`korrespondanseparter.${values.parter.length}.korrespondanseparttype`);
  };
  const removeParty = (index: number) => {
    setValues((v) => ({ ...v, parter: v.parter.filter((_, i) => i !== index) }));
    // Touched paths are by position: forget them so the next row does not inherit errors.
    setTouched((t) => new Set([...t].filter((p) => !p.startsWith('korrespondanseparter.'))));
    focusLater('addParty');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const order = recordFieldOrder(values);
    setTouched(new Set(order));
    register.reset();
    const first = order.find((f) => allErrors[f]);
    if (first) return refs.current[first]?.focus();
    register.mutate(toNyJournalpost(values), { onSuccess: (created) => void navigate(`/journalposter/${created.id}`) });
  };

  return { values, errors, set, setType, setParty, touch, ref, addParty, removeParty, submit, register };
}
