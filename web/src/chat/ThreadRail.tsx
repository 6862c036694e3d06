import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../ui/Button';
import { cx } from '../ui/cx';
import { Input } from '../ui/Input';
import { deleteThread, listThreads, renameThread } from './chat-api';

interface ThreadRailProps {
  sidekickId: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** The user's threads with a sidekick, latest first: search, New chat, open, rename, delete. */
export function ThreadRail({ sidekickId, selected, onSelect }: ThreadRailProps) {
  const [q, setQ] = useState('');
  const queryClient = useQueryClient();
  const threads = useQuery({
    queryKey: ['chat-threads', sidekickId, q],
    queryFn: () => listThreads(sidekickId, q),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['chat-threads'] });
  const rename = useMutation({
    mutationFn: (v: { id: string; title: string }) => renameThread(v.id, v.title),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: deleteThread,
    onSuccess: (_, id) => {
      if (id === selected) onSelect(null);
      return refresh();
    },
  });
  return (
    <nav aria-label="Threads" className="flex flex-col gap-2 p-3">
      <Button onClick={() => onSelect(null)}>New chat</Button>
      <label htmlFor="thread-search" className="sr-only">
        Search threads
      </label>
      <Input
        id="thread-search"
        placeholder="Search threads"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <ul className="flex flex-col gap-1">
        {threads.data?.map((t) => (
          <li key={t.id} className="group flex items-center gap-1">
            <button
              type="button"
              onClick={() => onSelect(t.id)}
              aria-current={t.id === selected ? 'true' : undefined}
              className={cx(
                'min-w-0 flex-1 truncate rounded-lg px-3 py-2 text-left text-sm',
                t.id === selected
                  ? 'bg-accent/10 font-medium text-fg'
                  : 'text-fg-muted hover:bg-surface-hover',
              )}
            >
              {t.title}
            </button>
            <button
              type="button"
              aria-label={`Rename ${t.title}`}
              className="rounded px-1 text-xs text-fg-subtle hover:text-fg"
              onClick={() => {
                const title = window.prompt('Rename the thread', t.title)?.trim();
                if (title) rename.mutate({ id: t.id, title });
              }}
            >
              ✎
            </button>
            <button
              type="button"
              aria-label={`Delete ${t.title}`}
              className="rounded px-1 text-xs text-fg-subtle hover:text-danger"
              onClick={() => {
                if (window.confirm(`Delete "${t.title}" and its messages?`)) remove.mutate(t.id);
              }}
            >
              ✕
            </button>
          </li>
        ))}
        {threads.data?.length === 0 && (
          <li className="px-3 py-2 text-sm text-fg-subtle">{q ? 'No thread matches.' : 'No threads yet.'}</li>
        )}
      </ul>
    </nav>
  );
}
