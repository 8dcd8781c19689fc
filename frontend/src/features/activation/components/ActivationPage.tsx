import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { SkipLink } from '@/components/SkipLink';
import { usePageTitle } from '@/components/usePageTitle';
import type { Verified } from '../api/verifyActivationCode';
import { ChoosePasswordStep } from './ChoosePasswordStep';
import { CodeStep } from './CodeStep';
import { SchoolBanner } from './SchoolBanner';

const TOKEN_KEY = 'sesame.activation.token';

/**
 * Reads the letter's token from the link's fragment, then takes it out of the address bar; kept for
 * this tab only, so a reload or a phone waking the page up finds it again.
 */
function takeToken(): string | undefined {
  const fromLink = globalThis.location.hash.replace(/^#/, '').trim();
  if (fromLink !== '') {
    globalThis.sessionStorage.setItem(TOKEN_KEY, fromLink);
    globalThis.history.replaceState(null, '', globalThis.location.pathname);
    return fromLink;
  }
  return globalThis.sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

/**
 * `/activate`: the page a letter's QR code opens (`/activate#<token>`), or that a letter without
 * QR code names. Code, then password, then a link to sign in.
 */
export function ActivationPage() {
  const { t } = useTranslation();
  usePageTitle(t('activation.title'));
  const [token] = useState(takeToken);
  const [verified, setVerified] = useState<Verified>();
  // The login the password goes with, repeated on the last screen: it is what signs in.
  const [doneLogin, setDoneLogin] = useState<string>();
  const [sessionEnded, setSessionEnded] = useState(false);

  const finish = () => {
    globalThis.sessionStorage.removeItem(TOKEN_KEY);
    setDoneLogin(verified?.login ?? '');
  };

  return (
    <>
      <SkipLink target="main" />
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="activation">
        <SchoolBanner />
        <h1>{t('activation.title')}</h1>
        {doneLogin !== undefined ? (
          <section aria-labelledby="activation-done">
            <h2 id="activation-done">{t('activation.doneTitle')}</h2>
            <p role="status">{t('activation.done')}</p>
            {doneLogin && (
              <dl className="who">
                <dt>{t('activation.yourLogin')}</dt>
                <dd>
                  <strong>{doneLogin}</strong>
                </dd>
              </dl>
            )}
            <a className="button" href="/login">
              {t('activation.signIn')}
            </a>
          </section>
        ) : verified ? (
          <ChoosePasswordStep
            verified={verified}
            onDone={finish}
            onSessionEnded={() => {
              setVerified(undefined);
              setSessionEnded(true);
            }}
          />
        ) : (
          <>
            {sessionEnded && <p role="status">{t('activation.sessionEnded')}</p>}
            <CodeStep token={token} onVerified={setVerified} />
          </>
        )}
      </main>
    </>
  );
}
