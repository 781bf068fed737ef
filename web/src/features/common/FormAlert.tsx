import { Alert, List, Paragraph } from '@digdir/designsystemet-react';
import { useErrorText } from '../../api/use-error-text';

interface Props {
  error: unknown;
  /** Field problems that have no field on this form. */
  others?: readonly string[];
}

/** The form-level error inside a live region the form renders empty from the start. */
export function FormAlert({ error, others = [] }: Props) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <Alert data-color="danger">
      <Paragraph>{errorText(error)}</Paragraph>
      {others.length > 0 && (
        <List.Unordered>
          {others.map((o) => (
            <List.Item key={o}>{o}</List.Item>
          ))}
        </List.Unordered>
      )}
    </Alert>
  );
}
