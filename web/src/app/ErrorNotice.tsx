import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';

interface Props {
  error: unknown;
  onRetry?: () => void;
  headingLevel?: 2 | 3;
}

export function ErrorNotice({ error, onRetry, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={headingLevel} data-size="xs">
        {t('errors.heading')}
      </Heading>
      <Paragraph>{errorText(error)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
