import { useEffect } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/** Asks before leaving the page (in the console or the browser) while changes are unsaved. */
export function UnsavedChangesGuard({ isDirty }: { isDirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  return (
    <Modal
      className="dialog-frame"
      isOpen={blocker.state === 'blocked'}
      onOpenChange={(isOpen) => !isOpen && blocker.reset?.()}
      isDismissable
    >
      <Dialog role="alertdialog" className="dialog">
        <Heading slot="title">{t('templates.editor.leaveTitle')}</Heading>
        <p>{t('templates.editor.leaveQuestion')}</p>
        <div className="dialog-actions">
          <Button className="button button-quiet" onPress={() => blocker.reset?.()}>
            {t('templates.editor.stay')}
          </Button>
          <Button className="button button-danger" onPress={() => blocker.proceed?.()}>
            {t('templates.editor.leave')}
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}
