import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Picks `option` in the SelectField labelled `label` (a react-aria Select: button, then listbox). */
export async function chooseOption(user: UserEvent, label: string, option: string) {
  const button = screen
    .getAllByRole('button')
    .find((candidate) => labelsOf(candidate).includes(label));
  if (!button) throw new Error(`No select labelled ${label}`);
  await user.click(button);
  await user.click(await screen.findByRole('option', { name: option }));
}

// The Select's button is labelled by its value and by the field's label.
const labelsOf = (element: HTMLElement) =>
  (element.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '');
