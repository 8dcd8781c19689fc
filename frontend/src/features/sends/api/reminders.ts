import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { sendsKey } from './listSends';

export type ReminderPlan = components['schemas']['ReminderPlan'];

/** `POST /api/sends/{id}/reminders/dry-run`: how many a reminder would reach, each way. */
export async function dryRunReminder(id: string): Promise<ReminderPlan> {
  return unwrap(await api.POST('/api/sends/{id}/reminders/dry-run', { params: { path: { id } } }));
}

/** `POST /api/sends/{id}/reminders`: the same letters e-mailed again; answers the reminder. */
export async function createReminder(id: string) {
  return unwrap(await api.POST('/api/sends/{id}/reminders', { params: { path: { id } } }));
}

export function useDryRunReminder() {
  return useMutation({ mutationFn: dryRunReminder });
}

export function useCreateReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReminder,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sendsKey }),
  });
}
