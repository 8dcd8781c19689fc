import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ActionButton } from './ActionButton';

function Counter({ onSubmit }: { onSubmit: () => void }) {
  const [pending, setPending] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
        setPending(true);
        setTimeout(() => setPending(false), 50);
      }}
    >
      <input aria-label="Nom" />
      <ActionButton type="submit" isPending={pending}>
        Créer
      </ActionButton>
    </form>
  );
}

describe('ActionButton', () => {
  it('fires once for a double click', async () => {
    let pressed = 0;
    const user = userEvent.setup();
    render(<ActionButton onPress={() => (pressed += 1)}>Importer</ActionButton>);
    await user.dblClick(screen.getByRole('button', { name: 'Importer' }));
    expect(pressed).toBe(1);
  });

  it('submits its form once for a double click, and keeps the focus in the field', async () => {
    let submitted = 0;
    const user = userEvent.setup();
    render(<Counter onSubmit={() => (submitted += 1)} />);
    await user.click(screen.getByRole('textbox', { name: 'Nom' }));
    await user.dblClick(screen.getByRole('button', { name: 'Créer' }));
    expect(submitted).toBe(1);
    expect(screen.getByRole('textbox', { name: 'Nom' })).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    expect(submitted).toBe(2);
  });
});
