import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/logout';

export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <>
      <Button
        className="button button-quiet"
        onPress={() => {
          if (!logout.isPending) logout.mutate(undefined, { onSuccess: () => navigate('/login') });
        }}
      >
        {t('header.signOut')}
      </Button>
      {logout.isError && (
        <p role="alert" className="inline-error">
          {t('header.signOutFailed')}
        </p>
      )}
    </>
  );
}
