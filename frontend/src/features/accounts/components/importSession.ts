import type { ImportReport } from '../api/importAccounts';

/** One preview of the wizard: its report, and the import's once confirmed. */
export type ImportSession = { preview: ImportReport; result?: ImportReport };

const storageKey = (id: string) => `sesame.import.${id}`;

// The chosen files, for this page's life only: a File cannot be kept in sessionStorage. After a
// reload the report is still shown, and the file must be chosen again to import it.
const filesById = new Map<string, File[]>();

export function saveSession(id: string, session: ImportSession, files?: File[]) {
  if (files) filesById.set(id, files);
  try {
    globalThis.sessionStorage.setItem(storageKey(id), JSON.stringify(session));
  } catch {
    // A report too large for the storage is still shown until the page is left.
  }
  memory.set(id, session);
}

// The sessions of this page, read before sessionStorage (which may have refused a large report).
const memory = new Map<string, ImportSession>();

export function loadSession(id: string | null): ImportSession | undefined {
  if (id === null) return undefined;
  const known = memory.get(id);
  if (known) return known;
  const stored = globalThis.sessionStorage.getItem(storageKey(id));
  if (stored === null) return undefined;
  try {
    return JSON.parse(stored) as ImportSession;
  } catch {
    return undefined;
  }
}

export function filesOf(id: string | null): File[] | undefined {
  return id === null ? undefined : filesById.get(id);
}
