import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fileForm } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { accountsKey } from './listAccounts';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportLine = components['schemas']['ImportLine'];

/** `POST /api/accounts/import`: a CSV file; with `dryRun` only reports what would happen. */
export async function importAccounts({ file, dryRun }: { file: File; dryRun: boolean }) {
  const result = await api.POST('/api/accounts/import', {
    params: { query: dryRun ? { dryRun: true } : {} },
    body: { file: file as unknown as string },
    bodySerializer: fileForm,
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
