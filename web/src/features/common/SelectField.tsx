import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode, Ref } from 'react';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  options: readonly Option[];
  /** The first, empty choice ("Alle", "Velg …"); none when every value must be one of the options. */
  emptyLabel?: string;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  name?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled select; Designsystemet's field links the label, description and error to it. */
export function SelectField({
  label,
  value,
  onChange,
  onBlur,
  options,
  emptyLabel,
  error,
  description,
  required,
  disabled,
  name,
  ref,
}: Props) {
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        ref={ref}
        name={name}
        value={value}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      >
        {emptyLabel !== undefined && <Select.Option value="">{emptyLabel}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
