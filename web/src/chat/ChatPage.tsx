import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Select } from '../ui/Select';
import { Tabs } from '../ui/Tabs';
import { ChatPanel } from './ChatPanel';
import { PromptsPanel } from './PromptsPanel';
import { listSidekicks } from './chat-api';

/** `/chat`: the chat workbench: pick a sidekick, then chat with it (threads, conversation) or edit its prompt layers. */
export function ChatPage() {
  const sidekicks = useQuery({ queryKey: ['chat-sidekicks'], queryFn: listSidekicks });
  const [chosen, setChosen] = useState<string | null>(null);
  const [tab, setTab] = useState('chat');
  const sidekick = sidekicks.data?.find((s) => s.id === chosen) ?? sidekicks.data?.[0];
  return (
    <div className="mx-auto w-full max-w-6xl space-y-4 px-3 py-6 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Chat</h1>
        {sidekicks.data && sidekicks.data.length > 0 && (
          <label className="flex items-center gap-2 text-sm">
            <span className="text-fg-muted">Sidekick</span>
            <Select value={sidekick?.id} onChange={(e) => setChosen(e.target.value)} className="w-56">
              {sidekicks.data.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </label>
        )}
      </div>
      {sidekicks.isError && <p role="alert">The sidekicks could not be loaded; reload the page.</p>}
      {sidekick && (
        <Tabs
          label="Chat workbench"
          value={tab}
          onChange={setTab}
          tabs={[
            {
              id: 'chat',
              label: 'Chat',
              content: <ChatPanel key={sidekick.id} sidekickId={sidekick.id} sidekickName={sidekick.name} />,
            },
            {
              id: 'prompts',
              label: 'Prompts',
              content: <PromptsPanel key={sidekick.id} sidekickId={sidekick.id} />,
            },
          ]}
        />
      )}
    </div>
  );
}
