import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { useToast } from '../ui/toast-context';
import { startRun } from './run-api';

/**
 * "Start": starts a chat run of the published wizard with this slug on the server (`POST /api/v1/runs`)
 * and opens it at `/runs/:id`. A refusal shows as a toast with the server's detail.
 */
export function StartRunButton({ slug, name }: { slug: string; name: string }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="sm"
      disabled={busy}
      aria-label={`Start ${name}`}
      onClick={async () => {
        setBusy(true);
        try {
          const started = await startRun(slug);
          await navigate({ to: '/runs/$runId', params: { runId: started.run.id } });
        } catch (e) {
          setBusy(false);
          toast.show({
            tone: 'danger',
            title: `${name} could not start`,
            description: isApiProblem(e) ? e.detail : String(e),
          });
        }
      }}
    >
      {busy ? 'Starting…' : 'Start'}
    </Button>
  );
}
