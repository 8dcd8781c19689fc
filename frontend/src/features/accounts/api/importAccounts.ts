import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { accountsKey } from './listAccounts';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportLine = components['schemas']['ImportLine'];

/** Each file in the repeated multipart field `file`. */
function filesForm(body: { file: (Blob | string)[] }): FormData {
  const form = new FormData();
  for (const file of body.file) form.append('file', file);
  return form;
}

/**
 * `POST /api/accounts/import`: a CSV file, or the school's exports (SIECLE pupils and guardians
 * together, STS-Web, ONDE), zipped or not; with `dryRun` only reports what would happen.
 */
export async function importAccounts({
  files,
  dryRun,
  idempotencyKey,
}: {
  files: File[];
  dryRun: boolean;
  /** One per preview: confirming the same preview again answers the first import. */
  idempotencyKey?: string;
}) {
  const result = await api.POST('/api/accounts/import', {
    params: {
      query: dryRun ? { dryRun: true } : {},
      header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
    },
    body: { file: files as unknown as string[] },
    bodySerializer: filesForm,
  });
  return unwrap<ImportReport>(result);
}

export function useImportAccounts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importAccounts,
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: accountsKey });
    },
  });
}
