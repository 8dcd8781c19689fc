import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ownTemplate, parentsQrOriginal, studentsCustomised, templates } from '@/testing/fixtures';
import { admin } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

describe('letter templates list', () => {
  it('shows each template’s origin, and « Restaurer l’original » only for customised originals', async () => {
    renderApp('/templates', { signedInAs: admin });
    expect(await screen.findByRole('link', { name: parentsQrOriginal.name })).toBeInTheDocument();
    expect(screen.getByText(/Faites attention aux balises/)).toBeInTheDocument();

    const original = within(
      screen.getByRole('link', { name: parentsQrOriginal.name }).closest('tr')!,
    );
    expect(original.getByText('Original')).toBeInTheDocument();
    expect(original.getByText('Responsables')).toBeInTheDocument();
    expect(original.getByText('Avec QR code')).toBeInTheDocument();
    expect(original.getByText('20 novembre 2026 à 10:30')).toBeInTheDocument();
    expect(original.queryByRole('button', { name: 'Restaurer l’original' })).toBeNull();
    expect(original.queryByRole('button', { name: 'Supprimer' })).toBeNull();

    const customised = within(
      screen.getByRole('link', { name: studentsCustomised.name }).closest('tr')!,
    );
    expect(customised.getByText('Original personnalisé')).toBeInTheDocument();
    expect(customised.getByText('Sans QR code')).toBeInTheDocument();
    expect(customised.getByRole('button', { name: 'Restaurer l’original' })).toBeInTheDocument();
    expect(customised.queryByRole('button', { name: 'Supprimer' })).toBeNull();

    const own = within(screen.getByRole('link', { name: ownTemplate.name }).closest('tr')!);
    expect(own.getByText('Lettre type de l’établissement')).toBeInTheDocument();
    expect(own.getByText('EN')).toBeInTheDocument();
    expect(own.queryByRole('button', { name: 'Restaurer l’original' })).toBeNull();
    expect(own.getByRole('button', { name: 'Supprimer' })).toBeInTheDocument();
  });

  it('restores a customised original after confirmation', async () => {
    let restored = false;
    server.use(
      http.post('/api/templates/:id/restore', ({ params }) => {
        restored = params.id === studentsCustomised.id;
        return HttpResponse.json({ ...studentsCustomised, customised: false, version: 4 });
      }),
      http.get('/api/templates', () =>
        HttpResponse.json({
          items: templates.map((t) =>
            restored && t === studentsCustomised ? { ...t, customised: false } : t,
          ),
          total: templates.length,
          page: 0,
          size: 50,
        }),
      ),
    );
    const { user } = renderApp('/templates', { signedInAs: admin });
    const link = await screen.findByRole('link', { name: studentsCustomised.name });
    await user.click(
      within(link.closest('tr')!).getByRole('button', { name: 'Restaurer l’original' }),
    );
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Restaurer l’original' }));

    expect(restored).toBe(true);
    const row = within(
      (await screen.findByRole('link', { name: studentsCustomised.name })).closest('tr')!,
    );
    expect(await row.findByText('Original')).toBeInTheDocument();
    expect(row.queryByRole('button', { name: 'Restaurer l’original' })).toBeNull();
  });

  it('keeps the filters in the URL and sends them to the API', async () => {
    const seen: string[] = [];
    server.use(
      http.get('/api/templates', ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ items: [], total: 0, page: 0, size: 50 });
      }),
    );
    renderApp('/templates?audience=PARENT&variant=QR&language=fr', { signedInAs: admin });
    expect(
      await screen.findByText('Aucune lettre type ne correspond à ces critères.'),
    ).toBeInTheDocument();
    expect(seen).toEqual(['?audience=PARENT&variant=QR&language=fr']);
  });
});
