import { Navigate, type RouteObject } from 'react-router';
import { NotFoundPage } from '@/components/NotFoundPage';
import { AccountPage } from '@/features/accounts/components/AccountPage';
import { AccountsPage } from '@/features/accounts/components/AccountsPage';
import { ImportPage } from '@/features/accounts/components/ImportPage';
import { ActivationPage } from '@/features/activation/components/ActivationPage';
import { MyAccountPage } from '@/features/activation/components/MyAccountPage';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { SignInPage } from '@/features/auth/components/SignInPage';
import { ApiKeysPage } from '@/features/integration/components/ApiKeysPage';
import { WebhookDeliveriesPage } from '@/features/integration/components/WebhookDeliveriesPage';
import { WebhooksPage } from '@/features/integration/components/WebhooksPage';
import { ActivationsPage } from '@/features/sends/components/ActivationsPage';
import { SendPage } from '@/features/sends/components/SendPage';
import { SendsPage } from '@/features/sends/components/SendsPage';
import { IdentityPage } from '@/features/settings/components/IdentityPage';
import { SettingsPage } from '@/features/settings/components/SettingsPage';
import { TemplatesPage } from '@/features/templates/components/TemplatesPage';
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
              import('@/features/templates/components/TemplatePage').then((module) => ({
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
