import { Trans } from 'react-i18next';
import { useCurrentUser } from '../api/currentUser';

export function SignedInUser() {
  const { data } = useCurrentUser();
  if (data === undefined) return null;
  return (
    <p className="signed-in-user">
      <Trans
        i18nKey="header.signedInAs"
        values={{ username: data.displayName ?? data.username }}
        components={{ strong: <strong /> }}
      />
    </p>
  );
}
