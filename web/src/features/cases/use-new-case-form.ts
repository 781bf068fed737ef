import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useShell } from '../../app/shell-context';
import { today } from '../common/format';
import { primarySystemId, useArkivdeler, useKlasser, useKlassifikasjonssystemer } from '../common/structure-api';
import { useCreateSaksmappe, type NySaksmappe } from './api';
import { caseFieldOrder, validateCase, type CaseErrors, type CaseField, type CaseValues, type ClassMode } from './case-validation';
import { touchOnBlur } from '../common/blur-touch';

/** State, validation and submission of the new-case form; the component only renders. */
export function useNewCaseForm() {
  const { session, active } = useShell();
  const navigate = useNavigate();
  const create = useCreateSaksmappe();
  const arkivdeler = useArkivdeler();
  const systemer = useKlassifikasjonssystemer();
  const [values, setValues] = useState<CaseValues>({
    tittel: '',
    offentligTittel: '',
    arkivdelId: '',
    administrativEnhetId: active?.enhet?.id ?? '',
    saksansvarligId: session.bruker.id,
    klasseId: '',
    klasseverdi: '',
    saksdato: today(),
  });
  const [touched, setTouched] = useState<ReadonlySet<CaseField>>(new Set());
  const refs = useRef<Partial<Record<CaseField, HTMLElement | null>>>({});

  const arkivdel = arkivdeler.data?.items.find((a) => a.id === values.arkivdelId);
  const systemId = primarySystemId(arkivdel);
  const system = systemer.data?.items.find((s) => s.id === systemId);
  const klasser = useKlasser(system && !system.verdiformat ? system.id : undefined);
  const classMode: ClassMode = !system ? 'none' : system.verdiformat ? 'verdi' : 'klasse';
  const allErrors = validateCase(values, classMode);
  const errors: CaseErrors = Object.fromEntries(Object.entries(allErrors).filter(([f]) => touched.has(f as CaseField)));

  const set = (field: CaseField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value, ...(field === 'arkivdelId' ? { klasseId: '', klasseverdi: '' } : {}) }));
  };
  const touch = (field: CaseField) => touchOnBlur(() => setTouched((t) => new Set(t).add(field)));
  const ref = (field: CaseField) => (el: HTMLElement | null) => {
    refs.current[field] = el;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set(caseFieldOrder));
    create.reset();
    const first = caseFieldOrder.find((f) => allErrors[f]);
    if (first) return refs.current[first]?.focus();
    const input: NySaksmappe = {
      tittel: values.tittel.trim(),
      arkivdelId: values.arkivdelId,
      administrativEnhetId: values.administrativEnhetId,
      saksansvarligId: values.saksansvarligId,
      saksdato: values.saksdato,
      ...(values.offentligTittel.trim() && { offentligTittel: values.offentligTittel.trim() }),
      ...(classMode === 'klasse' && { primaerKlasse: { klasseId: values.klasseId } }),
      ...(classMode === 'verdi' && system && { primaerKlasse: { klassifikasjonssystemId: system.id, verdi: values.klasseverdi.trim() } }),
    };
    create.mutate(input, { onSuccess: (created) => void navigate(`/saker/${created.id}`) });
  };

  return { values, errors, set, touch, ref, submit, create, arkivdeler, system, klasser: klasser.data?.items ?? [] };
}
