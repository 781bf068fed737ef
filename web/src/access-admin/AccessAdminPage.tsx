import { Paragraph, Tabs } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../app/Page';
import { QueryState } from '../app/QueryState';
import { useTab } from '../features/common/use-tab';
import { useTilgangsgrupper, useTilgangskoder } from './api';
import { CodesSection } from './CodesSection';
import { GroupsSection } from './GroupsSection';
import '../features/common/features.css';

const tabs = ['koder', 'grupper'] as const;

/** «Tilgang»: the system owner's access codes and access groups (docs/access.md). */
export function AccessAdminPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useTab(tabs);
  const codes = useTilgangskoder();
  const groups = useTilgangsgrupper();
  return (
    <Page title={t('accessAdmin.title')}>
      <Paragraph>{t('accessAdmin.intro')}</Paragraph>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="koder">{t('accessAdmin.tabCodes')}</Tabs.Tab>
          <Tabs.Tab value="grupper">{t('accessAdmin.tabGroups')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="koder">
          {codes.data ? <CodesSection codes={codes.data.items} canEdit={codes.data.kanEndre} /> : <QueryState query={codes} />}
        </Tabs.Panel>
        <Tabs.Panel value="grupper">
          {groups.data ? <GroupsSection groups={groups.data.items} canEdit={groups.data.kanEndre} /> : <QueryState query={groups} />}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
