import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { sendsKey } from './listSends';

export type Printer = components['schemas']['Printer'];

/** `GET /api/printer`: the printer `PRINT` sends go to (if any), asked for its state now. */
export async function getPrinter(): Promise<Printer> {
  return unwrap(await api.GET('/api/printer'));
}

export function usePrinter({ enabled = true } = {}) {
  return useQuery({ queryKey: [...sendsKey, 'printer'], queryFn: getPrinter, enabled });
}
