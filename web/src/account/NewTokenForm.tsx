import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../features/common/FormAlert';
import { SelectField, type Option } from '../features/common/SelectField';
import { useCreateApiToken } from './api';

interface Props {
  /** The role assignments a token may act in: one's own active role, or the system owner's integration users. */
  roles: readonly Option[];
}

/** Makes an API token; its secret is shown once, here, and never again. */
export function NewTokenForm({ roles }: Props) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [navn, setNavn] = useState('');
  const [rolletildelingId, setRolletildelingId] = useState(roles.length === 1 ? (roles[0]?.value ?? '') : '');
  const [dager, setDager] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { navn: navn.trim(), rolletildelingId, ...(dager ? { gyldigDager: Number(dager) } : {}) },
      { onSuccess: () => setNavn('') },
    );
  };

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <Heading level={3} data-size="xs">
        {t('account.newToken')}
      </Heading>
      <Textfield label={t('account.tokenName')} value={navn} onChange={(e) => setNavn(e.target.value)} required />
      {roles.length > 1 && (
        <SelectField
          label={t('account.tokenRole')}
          value={rolletildelingId}
          onChange={setRolletildelingId}
          emptyLabel={t('account.chooseRole')}
          options={roles}
        />
      )}
      <Textfield
        label={t('account.validDays')}
        description={t('account.validDaysHelp')}
        type="number"
        min={1}
        value={dager}
        onChange={(e) => setDager(e.target.value)}
      />
      <FormAlert error={create.error} />
      {create.data && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('account.tokenShownOnce', { name: create.data.navn })}</Paragraph>
          <Paragraph>
            <code className="token-secret">{create.data.token}</code>
          </Paragraph>
        </Alert>
      )}
      <div className="page-actions">
        <Button type="submit" loading={create.isPending}>
          {t('account.createToken')}
        </Button>
      </div>
    </form>
  );
}
