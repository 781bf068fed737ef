import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { DataTable, RowAction } from '../features/common/DataTable';
import { FormAlert } from '../features/common/FormAlert';
import { useFormat } from '../features/common/format';
import { PagingOf } from '../features/common/sub-list-paging';
import { useApiTokens, useRevokeApiToken, type ApiNokkel } from './api';

const STATUS_COLOR = { aktiv: 'success', utlopt: 'warning', tilbakekalt: 'neutral' } as const;

/** API tokens with their owner, role, expiry and last use; an active one can be revoked. */
export function TokenList({ showOwner }: { showOwner: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [side, setSide] = useState(1);
  const tokens = useApiTokens(side);
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
      <DataTable
        caption={t('account.tokensCaption')}
        headers={[
          t('account.tokenName'),
          showOwner && t('account.owner'),
          t('admin.roles'),
          t('admin.status'),
          t('account.expires'),
          t('account.lastUsed'),
          t('admin.actions'),
        ]}
      >
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
                <RowAction mutation={revoke} value={k.id} label={t('account.revokeToken', { name: k.navn })}>
                  {t('account.revoke')}
                </RowAction>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </DataTable>
      <PagingOf page={tokens.data} label={t('account.tokensPaging')} onChange={setSide} />
    </div>
  );
}
