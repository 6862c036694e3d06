import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { useToast } from '../ui/toast-context';

/** A "start a run" button's state: `busy` while starting, and `start`. */
export interface StartRun {
  busy: boolean;
  /**
   * Starts a run with `create` (which resolves the new run's id) and opens it at `/runs/$runId`. A failure
   * shows as a toast, "<name> could not start", with the server's detail, and ends `busy`.
   */
  start: (create: () => Promise<string>) => Promise<void>;
}

/** Starting a server run of the wizard called `name` from a button, then opening it in the player. */
export function useStartRun(name: string): StartRun {
  const navigate = useNavigate();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  async function start(create: () => Promise<string>) {
    setBusy(true);
    try {
      const runId = await create();
      await navigate({ to: '/runs/$runId', params: { runId } });
    } catch (e) {
      setBusy(false);
      toast.show({
        tone: 'danger',
        title: `${name} could not start`,
        description: isApiProblem(e) ? e.detail : String(e),
      });
    }
  }
  return { busy, start };
}
