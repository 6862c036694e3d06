import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api } from '../api/http';
import { useAuth } from '../auth/useAuth';
import { SLUG_METADATA } from '../runs/run-api';
import { Badge } from '../ui/Badge';
import { Card } from '../ui/Card';
import { builtinWizard } from '../wizards/builtin';

interface RunRow {
  id: string;
  status: 'created' | 'active' | 'completed' | 'abandoned';
  channel: string;
  metadata: Record<string, unknown>;
  created_at: string;
}

const TONES = { completed: 'success', active: 'accent', created: 'neutral', abandoned: 'warning' } as const;

/** `/runs`: the runs the signed-in user started (`GET /api/v1/runs/mine`), newest first, each opening its run. */
export function RunsPage() {
  const { me, loading } = useAuth();
  const runs = useQuery({
    queryKey: ['runs', 'mine'],
    queryFn: () => api<{ runs: RunRow[] }>('/api/v1/runs/mine?limit=50'),
    enabled: !!me,
  });
  if (loading) return null;
  if (!me)
    return (
      <Card className="mx-auto max-w-lg text-center">
        <h1 className="text-xl font-semibold">Sign in to see your runs</h1>
        <Link to="/sign-in" className="mt-4 inline-block font-medium text-accent-text hover:underline">
          Sign in
        </Link>
      </Card>
    );
  const rows = runs.data?.runs ?? [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Runs</h1>
      {runs.isPending ? (
        <p role="status" className="text-fg-muted">
          Loading…
        </p>
      ) : runs.isError ? (
        <p role="alert" className="text-danger">
          The runs could not be loaded: {runs.error.message}
        </p>
      ) : rows.length === 0 ? (
        <Card className="text-center text-fg-muted">No runs yet. Start one from the templates.</Card>
      ) : (
        <Card padded={false}>
          <ul className="divide-y divide-line">
            {rows.map((r) => {
              const slug = r.metadata[SLUG_METADATA];
              const name = (typeof slug === 'string' && builtinWizard(slug)?.name) || 'Wizard run';
              return (
                <li key={r.id}>
                  <Link
                    to="/runs/$runId"
                    params={{ runId: r.id }}
                    className="flex flex-wrap items-center gap-3 px-5 py-3.5 hover:bg-surface-hover"
                  >
                    <span className="font-medium">{name}</span>
                    <Badge tone={TONES[r.status]} className="capitalize">
                      {r.status}
                    </Badge>
                    <span className="text-xs text-fg-subtle capitalize">{r.channel}</span>
                    <time className="ml-auto text-sm text-fg-muted" dateTime={r.created_at}>
                      {new Date(r.created_at).toLocaleString()}
                    </time>
                  </Link>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </div>
  );
}
