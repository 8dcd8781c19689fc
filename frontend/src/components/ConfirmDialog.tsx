import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ActionButton } from './ActionButton';

type Props = {
  /** The button that opens the dialog. */
  trigger: string;
  triggerClassName?: string;
  title: string;
  children: ReactNode;
  confirm: string;
  /** Runs the action; resolves to true when it succeeded (the dialog then closes). */
  onConfirm: () => Promise<boolean>;
  isPending?: boolean;
  isDanger?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
};

/** A button opening a modal that asks to confirm an action; focus goes back to the button after. */
export function ConfirmDialog(props: Props) {
  const { t } = useTranslation();
  const { trigger, triggerClassName, title, children, confirm, onConfirm, isPending } = props;
  return (
    <DialogTrigger onOpenChange={props.onOpenChange}>
      <Button className={triggerClassName ?? 'button button-quiet'}>{trigger}</Button>
      <Modal className="dialog-frame" isDismissable={!isPending}>
        <Dialog role="alertdialog" className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{title}</Heading>
              {children}
              <div className="dialog-actions">
                <Button className="button button-quiet" onPress={close} isDisabled={isPending}>
                  {t('app.cancel')}
                </Button>
                <ActionButton
                  className={props.isDanger ? 'button button-danger' : 'button'}
                  isPending={isPending}
                  onPress={() => void onConfirm().then((done) => done && close())}
                >
                  {confirm}
                </ActionButton>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
