import { createBrowserRouter } from 'react-router';
import { AdminPage } from '../admin/AdminPage';
import { LoginPage } from '../auth/LoginPage';
import { CasesPage } from '../features/cases/CasesPage';
import { SearchPage } from '../features/cases/SearchPage';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';
import { Shell } from './Shell';

export const router = createBrowserRouter([
  { path: '/logg-inn', element: <LoginPage /> },
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'saker', element: <CasesPage /> },
      { path: 'sok', element: <SearchPage /> },
      {
        path: 'admin',
        element: (
          <RequireRole roles={['SYS']}>
            <AdminPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
