import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { templateKey } from './getTemplate';

export type PreviewFormat = 'image/png' | 'application/pdf';
export type PreviewInput = {
  id: string;
  /** Whose data to merge; sample data when null. */
  accountId: string | null;
  /** The unsaved body to render; the stored one when null. */
  body: string | null;
};

/**
 * `POST /api/templates/{id}/preview`: the letter rendered for an account or for sample data, as a
 * PNG of its first page or as a PDF (chosen by `Accept`). Codes in it are specimens.
 */
export async function previewTemplate(input: PreviewInput, format: PreviewFormat): Promise<Blob> {
  const result = await api.POST('/api/templates/{id}/preview', {
    params: { path: { id: input.id } },
    body: { accountId: input.accountId, body: input.body },
    headers: { Accept: format },
    parseAs: 'blob',
  });
  return unwrap(result) as unknown as Blob;
}

/** The PNG of the first page, rendered again whenever the input changes (keep it debounced). */
export function usePreviewImage(input: PreviewInput) {
  return useQuery({
    queryKey: [...templateKey(input.id), 'preview', input.accountId, input.body],
    queryFn: () => previewTemplate(input, 'image/png'),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
  });
}

/** The PDF, for download. */
export function usePreviewPdf() {
  return useMutation({
    mutationFn: (input: PreviewInput) => previewTemplate(input, 'application/pdf'),
  });
}
