import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Send } from './createSend';
import { isRunning, sendKey, useSend } from './getSend';
import { sendsKey } from './listSends';
import { recipientsKey } from './listSendRecipients';

const canStream = () => typeof globalThis.EventSource === 'function';

/**
 * A send followed live: `GET /api/sends/{id}/events` (Server-Sent Events, same origin, session
 * cookie) sends a `progress` event with the send at each change, which replaces the cached send.
 * If the stream fails before the send ends (a proxy that buffers, a dropped connection), the page
 * falls back to reading the send every second. The recipients are read once more at the end.
 */
export function useLiveSend(id: string) {
  const queryClient = useQueryClient();
  const [streamFailed, setStreamFailed] = useState(() => !canStream());
  const send = useSend(id, { poll: streamFailed });
  const running = isRunning(send.data);

  useEffect(() => {
    if (!running || streamFailed) return;
    const source = new EventSource(`/api/sends/${id}/events`);
    source.addEventListener('progress', (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as Send;
      queryClient.setQueryData(sendKey(id), next);
      if (!isRunning(next)) source.close();
    });
    // EventSource would reconnect by itself, forever; polling is the simpler fallback.
    source.onerror = () => {
      source.close();
      setStreamFailed(true);
    };
    return () => source.close();
  }, [id, running, streamFailed, queryClient]);

  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) {
      void queryClient.invalidateQueries({ queryKey: recipientsKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...sendsKey, 'list'] });
    }
    wasRunning.current = running;
  }, [id, running, queryClient]);

  return send;
}
