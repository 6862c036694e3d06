import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useAuth } from '../auth/useAuth';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { listQuery, PAGE_SIZE, type StatusFilter, type WizardListSearch } from './list-search';
import { Pagination, WizardListEmpty, WizardListSkeleton } from './ListStates';
import { canAuthor } from './permissions';
import { useWizardActions, WIZARDS_KEY, type WizardRef } from './useWizardActions';
import { WizardCard } from './WizardCard';
import { fetchWizardPage } from './wizard-api';
import { WizardFilters } from './WizardFilters';

const route = getRouteApi('/wizards');

type Pending = { kind: 'archive' | 'delete'; wizard: WizardRef } | null;

/**
 * `/wizards`: the active tenant's wizards as cards, with a debounced name search, a status filter and the
 * page kept in the URL (`?q=&status=&page=`), loading skeletons, an empty state, pagination, and the
 * authoring actions (new wizard, clone, archive and delete after a confirmation) for admins and owners.
 * Signed-out visitors are asked to sign in.
 */
export function WizardsPage() {
  const { me, loading } = useAuth();
  if (loading) return <WizardListSkeleton />;
  if (!me)
    return (
      <Card className="mx-auto max-w-lg text-center">
        <h1 className="text-xl font-semibold">Sign in to see your wizards</h1>
        <p className="mt-1 text-sm text-fg-muted">Or browse the templates, which anyone can try.</p>
        <div className="mt-4 flex justify-center gap-4">
          <Link to="/sign-in" className="font-medium text-accent-text hover:underline">
            Sign in
          </Link>
          <Link to="/templates" className="font-medium text-accent-text hover:underline">
            Templates
          </Link>
        </div>
      </Card>
    );
  return <WizardList author={canAuthor(me)} />;
}

function WizardList({ author }: { author: boolean }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const actions = useWizardActions();
  const [pending, setPending] = useState<Pending>(null);
  const page = search.page ?? 1;
  const status: StatusFilter = search.status ?? 'all';
  const query = listQuery(search);
  const list = useQuery({
    queryKey: [...WIZARDS_KEY, 'list', query],
    queryFn: () => fetchWizardPage(query),
    placeholderData: keepPreviousData,
  });

  const setSearch = useCallback(
    (patch: Partial<WizardListSearch>) =>
      navigate({
        search: (prev) => ({ ...prev, page: undefined, ...patch }),
        replace: true,
      }),
    [navigate],
  );
  const onSearch = useCallback((q: string) => setSearch({ q: q || undefined }), [setSearch]);

  const total = list.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  useEffect(() => {
    // A deletion emptied the last page: show the one before.
    if (list.data && page > lastPage) void setSearch({ page: lastPage === 1 ? undefined : lastPage });
  }, [list.data, page, lastPage, setSearch]);

  const filtered = !!search.q || status !== 'all';
  const create = (label: string, variant: 'primary' | 'secondary') => (
    <Button variant={variant} disabled={actions.create.isPending} onClick={() => actions.create.mutate()}>
      {actions.create.isPending ? 'Creating…' : label}
    </Button>
  );
  const mutation = pending?.kind === 'delete' ? actions.remove : actions.archive;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Wizards</h1>
          <p className="text-fg-muted">
            {author
              ? 'Build, publish and follow the wizards of your workspace.'
              : 'The wizards of your workspace. Start a published one to fill it in.'}
          </p>
        </div>
        {author && create('New wizard', 'primary')}
      </header>
      <WizardFilters
        q={search.q ?? ''}
        status={status}
        onSearch={onSearch}
        onStatus={(s) => void setSearch({ status: s === 'all' ? undefined : s })}
      />
      {list.isPending ? (
        <WizardListSkeleton />
      ) : list.isError ? (
        <Card role="alert" className="text-center">
          <h2 className="font-semibold">The wizards could not be loaded</h2>
          <p className="mt-1 text-sm text-fg-muted">{list.error.message}</p>
          <Button variant="secondary" size="sm" className="mt-4" onClick={() => void list.refetch()}>
            Try again
          </Button>
        </Card>
      ) : list.data.items.length === 0 ? (
        <WizardListEmpty
          filtered={filtered}
          action={author ? create('Start from scratch', 'secondary') : undefined}
          onClear={() => void setSearch({ q: undefined, status: undefined })}
        />
      ) : (
        <>
          <ul
            aria-label="Wizards"
            aria-busy={list.isFetching}
            className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
          >
            {list.data.items.map((w) => {
              const ref = { id: w.id, name: w.name };
              return (
                <li key={w.id}>
                  <WizardCard
                    wizard={w}
                    canOpen={author}
                    actions={
                      author
                        ? {
                            onClone: () => actions.clone.mutate(ref),
                            onArchive: () => setPending({ kind: 'archive', wizard: ref }),
                            onDelete: () => setPending({ kind: 'delete', wizard: ref }),
                          }
                        : {}
                    }
                  />
                </li>
              );
            })}
          </ul>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            onPage={(p) => void setSearch({ page: p === 1 ? undefined : p })}
          />
        </>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? `${pending.kind === 'delete' ? 'Delete' : 'Archive'} ${pending.wizard.name}?` : ''}
        description={
          pending?.kind === 'delete'
            ? 'Its draft and published versions are removed for good. A wizard with runs cannot be deleted: archive it instead.'
            : 'It leaves the list and can no longer be started; its versions and runs stay. You find it under Archived.'
        }
        confirmLabel={pending?.kind === 'delete' ? 'Delete wizard' : 'Archive wizard'}
        tone={pending?.kind === 'delete' ? 'danger' : 'primary'}
        busy={mutation.isPending}
        onCancel={() => setPending(null)}
        onConfirm={async () => {
          if (!pending) return;
          await mutation.mutateAsync(pending.wizard).catch(() => undefined);
          setPending(null);
        }}
      />
    </div>
  );
}
