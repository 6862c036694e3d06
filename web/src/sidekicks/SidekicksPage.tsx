import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useAuth } from '../auth/useAuth';
import { SignInRequired } from '../auth/SignInRequired';
import { startRun } from '../runs/run-api';
import { useStartRun } from '../runs/useStartRun';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { cx, focusRing } from '../ui/cx';
import { listSidekicks, SIDEKICKS_KEY, type Sidekick } from './sidekick-api';
import { SidekickAvatar } from './SidekickAvatar';

/**
 * `/sidekicks`: the active tenant's sidekicks as cards with their avatar, and "New sidekick", which starts the
 * built-in create-a-sidekick wizard with Farah Qubit as a chat run and opens it.
 */
export function SidekicksPage() {
  const { me, loading } = useAuth();
  if (loading) return null;
  if (!me) return <SignInRequired what="your sidekicks" />;
  return <SidekickList />;
}

function SidekickList() {
  const list = useQuery({ queryKey: SIDEKICKS_KEY, queryFn: listSidekicks });
  const { busy, start } = useStartRun('Create a sidekick');
  const newSidekick = (
    <Button
      disabled={busy}
      onClick={() => void start(async () => (await startRun('create-a-sidekick')).run.id)}
    >
      {busy ? 'Starting…' : 'New sidekick'}
    </Button>
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Sidekicks</h1>
          <p className="text-sm text-fg-muted">
            AI personas with a voice, an avatar and their own knowledge.
          </p>
        </div>
        {newSidekick}
      </div>
      {list.isError && (
        <Card role="alert" className="text-sm text-danger">
          The sidekicks could not be loaded: {String(list.error)}
        </Card>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {list.data?.map((s) => (
          <li key={s.id}>
            <SidekickCard sidekick={s} />
          </li>
        ))}
      </ul>
      {list.data && list.data.length <= 1 && (
        <p className="text-sm text-fg-muted">
          Create your first sidekick: Farah Qubit will walk you through it in a few minutes.
        </p>
      )}
    </div>
  );
}

function SidekickCard({ sidekick }: { sidekick: Sidekick }) {
  return (
    <Link
      to="/sidekicks/$slug"
      params={{ slug: sidekick.slug }}
      className={cx(
        'flex h-full items-start gap-4 rounded-2xl border border-line bg-surface p-5 shadow-xs transition hover:border-line-strong hover:shadow-md',
        focusRing,
      )}
    >
      <SidekickAvatar name={sidekick.name} src={sidekick.avatar_url} />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="font-semibold text-fg">{sidekick.name}</h2>
          {sidekick.builtin && <Badge tone="accent">Built-in</Badge>}
        </div>
        <p className="line-clamp-2 text-sm text-fg-muted">
          {sidekick.personality_description || 'No personality yet.'}
        </p>
      </div>
    </Link>
  );
}
