import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileForm } from '@/lib/api/problem';
import { identityKey, type Identity } from './getIdentity';

/** `PUT /api/identity/logo`: a PNG or JPEG of at most 1 MB. */
export async function uploadLogo(file: File): Promise<Identity> {
  return unwrap(
    await api.PUT('/api/identity/logo', {
      body: { file: file as unknown as string },
      bodySerializer: fileForm,
    }),
  );
}

export function useUploadLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadLogo,
    onSuccess: (identity) => queryClient.setQueryData(identityKey, identity),
  });
}
