import { Card, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { Page } from '../app/Page';
import { useShell } from '../app/shell-context';
import { DueDateSettings } from '../features/records/DueDateSettings';
import { useEnheter } from './api';
import { CreateUnitForm } from './CreateUnitForm';
import { TokenAdmin } from './TokenAdmin';
import { UnitTree } from './UnitTree';
import { UsersSection } from './UsersSection';

export function AdminPage() {
  const { t } = useTranslation();
  const units = useEnheter();
  const { session } = useShell();

  return (
    <Page title={t('admin.title')}>
      <section aria-labelledby="units-heading" className="stack">
        <Heading level={2} data-size="md" id="units-heading">
          {t('admin.unitsHeading')}
        </Heading>
        {units.isPending && <Loading />}
        {units.error && <ErrorNotice error={units.error} headingLevel={3} onRetry={() => void units.refetch()} />}
        {units.data && (
          <div className="admin-units">
            <UnitTree units={units.data.items} />
            <Card data-color="neutral" className="admin-units__form">
              <CreateUnitForm units={units.data.items} />
            </Card>
          </div>
        )}
      </section>
      <UsersSection selfId={session.bruker.id} />
      <TokenAdmin />
      <DueDateSettings />
    </Page>
  );
}
