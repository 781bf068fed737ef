import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { AccessAdminPage } from '../access-admin/AccessAdminPage';
import { AdminPage } from '../admin/AdminPage';
import { JobsPage } from '../features/jobs/JobsPage';
import { ArchivePartsPage } from '../features/archive-parts/ArchivePartsPage';
import { TemplatesPage } from '../features/templates/TemplatesPage';
import { LoginPage } from '../auth/LoginPage';
import { OrderAccessPage } from '../features/access-requests/OrderAccessPage';
import { ReceiptPage } from '../features/access-requests/ReceiptPage';
import { DecisionPage } from '../features/access-requests/DecisionPage';
import { CasePage } from '../features/cases/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
import { EditCasePage } from '../features/cases/EditCasePage';
import { NewCasePage } from '../features/cases/NewCasePage';
import { EditRecordPage } from '../features/records/EditRecordPage';
import { NewRecordPage } from '../features/records/NewRecordPage';
import { RecordPage } from '../features/records/RecordPage';
import { SearchPage } from '../features/search/SearchPage';
import { BlockedPage } from '../features/blocked/BlockedPage';
import { ForwardedPage } from '../features/reception/ForwardedPage';
import { ReceptionItemPage } from '../features/reception/ReceptionItemPage';
import { ReceptionPage } from '../features/reception/ReceptionPage';
import { WorklistPage } from '../features/worklists/WorklistPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { DisposalPage } from '../features/disposal/DisposalPage';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';
import { Shell } from './Shell';

export const router = createBrowserRouter([
  { path: '/logg-inn', element: <LoginPage /> },
  // The public journal: no login, no shell.
  // With «Bestill innsyn» (access requests, issue 15 item 3) and the requester's receipt.
  { path: '/offentlig/:orgnr', element: <OrderAccessPage /> },
  { path: '/offentlig/:orgnr/innsynskrav/:kvittering', element: <ReceiptPage /> },
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'arbeidslister', element: <WorklistPage /> },
      { path: 'arbeidslister/:liste', element: <WorklistPage /> },
      { path: 'innsynskrav/:id', element: <DecisionPage /> },
      { path: 'saker', element: <CasesPage /> },
      { path: 'saker/ny', element: <NewCasePage /> },
      { path: 'saker/:id', element: <CasePage /> },
      { path: 'saker/:id/rediger', element: <EditCasePage /> },
      { path: 'saker/:id/journalposter/ny', element: <NewRecordPage /> },
      { path: 'journalposter/:id', element: <RecordPage /> },
      { path: 'journalposter/:id/rediger', element: <EditRecordPage /> },
      { path: 'sok', element: <SearchPage /> },
      { path: 'min-konto', element: <AccountPage /> },
      {
        path: 'rapporter',
        element: (
          <RequireRole roles={['ARK', 'LED', 'SF', 'SB', 'MS']}>
            <ReportsPage />
          </RequireRole>
        ),
      },
      {
        path: 'midlertidig-sperret',
        element: (
          <RequireRole roles={['LED', 'SF', 'ARK']}>
            <BlockedPage />
          </RequireRole>
        ),
      },
      {
        path: 'postmottak',
        element: (
          <RequireRole roles={['ARK']}>
            <ReceptionPage />
          </RequireRole>
        ),
      },
      {
        path: 'kassasjon',
        element: (
          <RequireRole roles={['ARK']}>
            <DisposalPage />
          </RequireRole>
        ),
      },
      { path: 'postmottak/videresendt', element: <ForwardedPage /> },
      // The archive's, or the addressee's for forwarded post: the server decides.
      { path: 'postmottak/:id', element: <ReceptionItemPage /> },
      {
        path: 'admin',
        element: (
          <RequireRole roles={['SYS']}>
            <AdminPage />
          </RequireRole>
        ),
      },
      {
        path: 'tilgang',
        element: (
          <RequireRole roles={['SYS']}>
            <AccessAdminPage />
          </RequireRole>
        ),
      },
      {
        path: 'maler',
        element: (
          <RequireRole roles={['SYS']}>
            <TemplatesPage />
          </RequireRole>
        ),
      },
      {
        path: 'arkivdeler',
        element: (
          <RequireRole roles={['ARK']}>
            <ArchivePartsPage />
          </RequireRole>
        ),
      },
      {
        path: 'jobber',
        element: (
          <RequireRole roles={['SYS']}>
            <JobsPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
