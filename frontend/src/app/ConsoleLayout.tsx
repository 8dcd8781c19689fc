import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { SkipLink } from '@/components/SkipLink';
import { RequireAuth, SignedInUser, SignOutButton } from '@/features/auth';

const sections = [
  { to: '/accounts', label: 'nav.accounts' },
  { to: '/templates', label: 'nav.templates' },
  { to: '/sends', label: 'nav.sends' },
  { to: '/activations', label: 'nav.activations' },
  { to: '/audit', label: 'nav.audit' },
  { to: '/settings', label: 'nav.settings' },
] as const;

/** The signed-in console: header, main navigation and the current section. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  return (
    <RequireAuth adminOnly>
      <SkipLink target="main" />
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <div className="header-tools">
          <SignedInUser />
          <Link to="/change-password">{t('administrators.changePassword.link')}</Link>
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </header>
      <div className="console">
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {sections.map(({ to, label }) => (
              <li key={to}>
                <NavLink to={to}>{t(label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </RequireAuth>
  );
}
