import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { FormAlert } from '../features/common/FormAlert';
import { useFormat } from '../features/common/format';
import { useApiTokens, useRevokeApiToken, type ApiNokkel } from './api';

const STATUS_COLOR = { aktiv: 'success', utlopt: 'warning', tilbakekalt: 'neutral' } as const;

/** API tokens with their owner, role, expiry and last use; an active one can be revoked. */
export function TokenList({ showOwner }: { showOwner: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  if (tokens.isPending) return <Loading />;
  if (tokens.error) return <ErrorNotice error={tokens.error} headingLevel={3} onRetry={() => void tokens.refetch()} />;
  if (tokens.data.items.length === 0) return <Paragraph>{t('account.noTokens')}</Paragraph>;

  const statusTag = (k: ApiNokkel) => (
    <Tag data-color={STATUS_COLOR[k.status]} data-size="sm">
      {t(`account.tokenStatus.${k.status}`)}
    </Tag>
  );
  return (
    <div className="stack">
      <FormAlert error={revoke.error} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('account.tokensCaption')}>
        <Table zebra border>
          <caption className="visually-hidden">{t('account.tokensCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('account.tokenName')}</Table.HeaderCell>
              {showOwner && <Table.HeaderCell>{t('account.owner')}</Table.HeaderCell>}
              <Table.HeaderCell>{t('admin.roles')}</Table.HeaderCell>
              <Table.HeaderCell>{t('admin.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('account.expires')}</Table.HeaderCell>
              <Table.HeaderCell>{t('account.lastUsed')}</Table.HeaderCell>
              <Table.HeaderCell>{t('admin.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {tokens.data.items.map((k) => (
              <Table.Row key={k.id}>
                <Table.Cell>{k.navn}</Table.Cell>
                {showOwner && <Table.Cell>{k.bruker.navn}</Table.Cell>}
                <Table.Cell>{k.rolle}</Table.Cell>
                <Table.Cell>{statusTag(k)}</Table.Cell>
                <Table.Cell className="nowrap">{format.dateTime(k.utloperDato)}</Table.Cell>
                <Table.Cell className="nowrap">{k.sistBruktDato ? format.dateTime(k.sistBruktDato) : t('account.neverUsed')}</Table.Cell>
                <Table.Cell>
                  {k.status === 'aktiv' && (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      loading={revoke.isPending && revoke.variables === k.id}
                      onClick={() => revoke.mutate(k.id)}
                      aria-label={t('account.revokeToken', { name: k.navn })}
                    >
                      {t('account.revoke')}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
