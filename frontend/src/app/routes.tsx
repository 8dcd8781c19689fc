import { Navigate, type RouteObject } from 'react-router';
import { NotFoundPage } from '@/components/NotFoundPage';
import { AccountPage, AccountsPage, ImportPage } from '@/features/accounts';
import { AdministratorsPage, ChangePasswordPage, SetPasswordPage } from '@/features/administrators';
import { ActivationPage, MyAccountPage } from '@/features/activation';
import { AuditPage } from '@/features/audit';
import { SignInPage } from '@/features/auth';
import { ApiKeysPage, WebhookDeliveriesPage, WebhooksPage } from '@/features/integration';
import { ActivationsPage, SendPage, SendsPage } from '@/features/sends';
import { IdentityPage, SettingsPage } from '@/features/settings';
import { TemplatesPage } from '@/features/templates';
import { AppRoot } from './AppRoot';
import { ConsoleLayout } from './ConsoleLayout';

export const routes: RouteObject[] = [
  {
    element: <AppRoot />,
    children: [
      { path: '/login', element: <SignInPage /> },
      // The recipient's pages: public activation, then their own account.
      { path: '/activate', element: <ActivationPage /> },
      { path: '/mon-compte', element: <MyAccountPage /> },
      // An administrator's one-time link, and their own password (also forced at first sign-in).
      { path: '/set-password', element: <SetPasswordPage /> },
      { path: '/change-password', element: <ChangePasswordPage /> },
      {
        element: <ConsoleLayout />,
        children: [
          { index: true, element: <Navigate to="/accounts" replace /> },
          { path: '/accounts', element: <AccountsPage /> },
          { path: '/accounts/new', element: <AccountPage /> },
          { path: '/accounts/import', element: <ImportPage /> },
          { path: '/accounts/:id', element: <AccountPage /> },
          { path: '/templates', element: <TemplatesPage /> },
          {
            // The editor (TipTap) is loaded only when a template is opened.
            path: '/templates/:id',
            lazy: () =>
              import('@/features/templates/lazy').then((module) => ({
                Component: module.TemplatePage,
              })),
          },
          { path: '/sends', element: <SendsPage /> },
          { path: '/sends/:id', element: <SendPage /> },
          { path: '/activations', element: <ActivationsPage /> },
          { path: '/audit', element: <AuditPage /> },
          { path: '/settings', element: <SettingsPage /> },
          { path: '/settings/identity', element: <IdentityPage /> },
          { path: '/settings/api-keys', element: <ApiKeysPage /> },
          { path: '/settings/webhooks', element: <WebhooksPage /> },
          { path: '/settings/webhooks/:id', element: <WebhookDeliveriesPage /> },
          { path: '/settings/administrators', element: <AdministratorsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
