import { Navigate, type RouteObject } from 'react-router';
import { NotFoundPage } from '@/components/NotFoundPage';
import { AccountsPage } from '@/features/accounts/components/AccountsPage';
import { SignInPage } from '@/features/auth/components/SignInPage';
import { SendsPage } from '@/features/sends/components/SendsPage';
import { SettingsPage } from '@/features/settings/components/SettingsPage';
import { TemplatesPage } from '@/features/templates/components/TemplatesPage';
import { AppRoot } from './AppRoot';
import { ConsoleLayout } from './ConsoleLayout';

export const routes: RouteObject[] = [
  {
    element: <AppRoot />,
    children: [
      { path: '/login', element: <SignInPage /> },
      {
        element: <ConsoleLayout />,
        children: [
          { index: true, element: <Navigate to="/accounts" replace /> },
          { path: '/accounts', element: <AccountsPage /> },
          { path: '/templates', element: <TemplatesPage /> },
          { path: '/sends', element: <SendsPage /> },
          { path: '/settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
