import { useEffect, useMemo } from 'react';

// How many mounted components show each object URL; it is revoked once none does.
const users = new Map<string, number>();

function release(url: string) {
  users.set(url, (users.get(url) ?? 1) - 1);
  // Later, so that a component mounted again at once (React's strict mode) keeps it.
  setTimeout(() => {
    if ((users.get(url) ?? 0) > 0) return;
    users.delete(url);
    URL.revokeObjectURL(url);
  }, 0);
}

/** An object URL showing `blob` (e.g. as an image), revoked when no longer shown. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : undefined), [blob]);
  useEffect(() => {
    if (url === undefined) return;
    users.set(url, (users.get(url) ?? 0) + 1);
    return () => release(url);
  }, [url]);
  return url;
}

/** Makes the browser save `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
