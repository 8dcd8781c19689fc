import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { Button, type ButtonProps, type PressEvent } from 'react-aria-components';

/**
 * Longer than a double click (at most 500 ms on common systems): how long a press holds the
 * button when no pending state shows (a request answered at once, or a form found incomplete).
 */
export const holdMs = 600;

type Props = Omit<ButtonProps, 'children' | 'isPending'> & {
  children: ReactNode;
  /** The request this button started is running: shown, announced, and no second press. */
  isPending?: boolean;
};

/**
 * A button that changes something: it shows it is busy while its request runs and fires once
 * however fast it is clicked: from the press (before React has even rendered the pending state)
 * until its request has ended, further presses are ignored; a submit button's form is submitted
 * once. A press whose request was never seen pending frees it after {@link holdMs}.
 *
 * A mouse press does not take the focus from the field being edited: a field's message clears
 * when the field loses the focus, and the form moving up under the pointer would make the click
 * land outside the button. (Nor does a focused button announce a pending state that outlives it.)
 */
export function ActionButton({
  isPending = false,
  onPress,
  className = 'button',
  type,
  ...props
}: Props) {
  const locked = useRef(false);
  const sawPending = useRef(false);
  useEffect(() => {
    if (isPending) {
      sawPending.current = true;
    } else if (sawPending.current) {
      sawPending.current = false;
      locked.current = false;
    }
  }, [isPending]);
  const mayFire = () => {
    if (isPending || locked.current) return false;
    locked.current = true;
    globalThis.setTimeout(() => {
      if (!sawPending.current) locked.current = false;
    }, holdMs);
    return true;
  };
  const press = onPress
    ? (event: PressEvent) => {
        if (mayFire()) onPress(event);
      }
    : undefined;
  const guardSubmit = (event: MouseEvent) => {
    if (type === 'submit' && !mayFire()) event.preventDefault();
  };
  return (
    <span
      className="action-button"
      onClickCapture={guardSubmit}
      onMouseDownCapture={(event) => {
        if (event.button === 0) event.preventDefault();
      }}
    >
      <Button {...props} type={type} className={className} isPending={isPending} onPress={press} />
    </span>
  );
}
