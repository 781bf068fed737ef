import { Button, Checkbox, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { ParseKeys } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useServerErrors } from '../common/server-errors';
import { isDate, useFieldForm, type FieldErrors } from '../common/use-field-form';
import { useEndPeriod, type Arkivdel } from './api';

type Field = 'sluttDato' | 'kortnavn' | 'tittel';
const ORDER: readonly Field[] = ['sluttDato', 'kortnavn', 'tittel'];

function validate(v: Record<Field, string>): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!isDate(v.sluttDato)) errors.sluttDato = 'archiveParts.end.dateRequired';
  if (!/^[A-Za-z0-9-]{1,20}$/.test(v.kortnavn.trim())) errors.kortnavn = 'archiveParts.end.shortNameInvalid';
  if (!v.tittel.trim()) errors.tittel = 'archiveParts.end.titleRequired';
  return errors;
}

/** Proposes the successor's names from the part's: «SAK2026» → «SAK2027» when the short name ends in a year. */
function proposal(p: Arkivdel): Record<Field, string> {
  const year = new Date().getFullYear();
  const next = (text: string) => text.replace(/(\d{4})(?!.*\d{4})/, (y) => String(Number(y) + 1));
  return { sluttDato: `${year}-12-31`, kortnavn: next(p.kortnavn), tittel: next(p.tittel) };
}

/** «Avslutt perioden»: the dialog that ends an active part's period and starts its successor (krav 6.2). */
export function EndPeriodDialog({ arkivdel }: { arkivdel: Arkivdel }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const label = t('archiveParts.end.for', { name: `${arkivdel.kortnavn} ${arkivdel.tittel}` });
  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={() => setOpen(true)} aria-label={label}>
        {t('archiveParts.end.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('accessAdmin.close')} aria-label={label}>
        <Dialog.Block>{open && <EndPeriodForm arkivdel={arkivdel} done={() => setOpen(false)} />}</Dialog.Block>
      </Dialog>
    </>
  );
}

function EndPeriodForm({ arkivdel, done }: { arkivdel: Arkivdel; done: () => void }) {
  const { t } = useTranslation();
  const end = useEndPeriod(arkivdel.id);
  const form = useFieldForm<Record<Field, string>>(proposal(arkivdel), validate, ORDER);
  const server = useServerErrors(end.error, ORDER);
  const [transfer, setTransfer] = useState(false);
  const labels: Record<Field, string> = {
    sluttDato: t('archiveParts.end.date'),
    kortnavn: t('archiveParts.end.shortName'),
    tittel: t('archiveParts.end.title'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    const v = form.values;
    end.mutate(
      { sluttDato: v.sluttDato, kortnavn: v.kortnavn.trim(), tittel: v.tittel.trim(), overfoerAapneMapper: transfer },
      { onSuccess: done },
    );
  };

  const field = (name: Field, type: 'text' | 'date' = 'text') => {
    const own: ParseKeys | undefined = form.errors[name];
    return (
      <Textfield
        ref={form.ref(name)}
        type={type}
        label={labels[name]}
        required
        value={form.values[name]}
        onChange={(e) => form.set(name)(e.target.value)}
        onBlur={form.touch(name)}
        error={own ? t(own) : server.forField(name, labels[name])}
        autoComplete="off"
      />
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="end-period-heading">
      <Heading level={2} data-size="xs" id="end-period-heading">
        {t('archiveParts.end.heading', { name: arkivdel.kortnavn })}
      </Heading>
      <Paragraph data-size="sm">{t('archiveParts.end.explain')}</Paragraph>
      {field('sluttDato', 'date')}
      {field('kortnavn')}
      {field('tittel')}
      <Checkbox label={t('archiveParts.end.transfer')} checked={transfer} onChange={(e) => setTransfer(e.target.checked)} />
      <div className="form-actions">
        <Button type="submit" loading={end.isPending}>
          {t('archiveParts.end.submit')}
        </Button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
      </div>
    </form>
  );
}
