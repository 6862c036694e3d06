import { Button } from '../ui/Button';
import { startRun } from './run-api';
import { useStartRun } from './useStartRun';

/**
 * "Start": starts a chat run of the published wizard with this slug on the server (`POST /api/v1/runs`)
 * and opens it at `/runs/:id`. A refusal shows as a toast with the server's detail.
 */
export function StartRunButton({ slug, name }: { slug: string; name: string }) {
  const { busy, start } = useStartRun(name);
  return (
    <Button
      size="sm"
      disabled={busy}
      aria-label={`Start ${name}`}
      onClick={() => void start(async () => (await startRun(slug)).run.id)}
    >
      {busy ? 'Starting…' : 'Start'}
    </Button>
  );
}
