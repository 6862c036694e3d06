import { useEffect, useState } from 'react';
import { api } from '../api/http';

let asked: Promise<boolean> | undefined;

/**
 * Whether the server sends voice calls through LiveKit (`GET /api/v1/voice`, public): asked once per page and
 * shared by every voice button; false when the question fails (the browser's own speech then serves).
 */
function liveKitConfigured(): Promise<boolean> {
  asked ??= api<{ livekit: boolean }>('/api/v1/voice').then(
    (status) => status.livekit,
    () => false,
  );
  return asked;
}

/**
 * The answer of liveKitConfigured, once known (undefined before, and while `enabled` is false). A plain hook,
 * so pages without TanStack Query (the public player) can use it.
 */
export function useLiveKitConfigured(enabled: boolean): boolean | undefined {
  const [configured, setConfigured] = useState<boolean>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void liveKitConfigured().then((answer) => live && setConfigured(answer));
    return () => {
      live = false;
    };
  }, [enabled]);
  return enabled ? configured : undefined;
}
