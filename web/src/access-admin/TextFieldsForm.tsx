import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { ParseKeys } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../features/common/FormAlert';
import { useServerErrors } from '../features/common/server-errors';
import { useFieldForm, type FieldErrors } from '../features/common/use-field-form';

export interface TextField<K extends string> {
  name: K;
  label: string;
  description?: string;
  /** The message when the field is left empty; absent for an optional field. */
  required?: ParseKeys;
}

interface Props<K extends string> {
  id: string;
  heading: string;
  fields: readonly TextField<K>[];
  initial: Record<K, string>;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Sends the values (trimmed); calls `done` with what to announce when the server took them. */
  onSubmit: (values: Record<K, string>, done: (message: string) => void) => void;
}

/** A small form of text fields (a code or a group, new or edited), with inline and server errors by field. */
export function TextFieldsForm<K extends string>({ id, heading, fields, initial, submitLabel, pending, error, onSubmit }: Props<K>) {
  const { t } = useTranslation();
  const order = fields.map((f) => f.name);
  const validate = (v: Record<K, string>) =>
    Object.fromEntries(fields.filter((f) => f.required && !v[f.name].trim()).map((f) => [f.name, f.required])) as FieldErrors<K>;
  const form = useFieldForm<Record<K, string>>(initial, validate, order);
  const server = useServerErrors(error, order);
  const [done, setDone] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!form.check()) return;
    const values = Object.fromEntries(order.map((f) => [f, form.values[f].trim()])) as Record<K, string>;
    onSubmit(values, (message) => {
      form.reset(initial);
      setDone(message);
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {heading}
      </Heading>
      {fields.map((f) => {
        const own: ParseKeys | undefined = form.errors[f.name];
        return (
          <Textfield
            key={f.name}
            ref={form.ref(f.name)}
            label={f.label}
            description={f.description}
            required={Boolean(f.required)}
            value={form.values[f.name]}
            onChange={(e) => form.set(f.name)(e.target.value)}
            onBlur={form.touch(f.name)}
            error={own ? t(own) : server.forField(f.name, f.label)}
            autoComplete="off"
          />
        );
      })}
      <div className="form-actions">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
        {done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
    </form>
  );
}
