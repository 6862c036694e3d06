import { useState } from 'react';
import { Conversation } from './Conversation';
import { ThreadRail } from './ThreadRail';

/**
 * Chat with one sidekick: the thread rail beside the conversation (above it, folded, on a phone). What the
 * sidekick page's Chat tab and the /chat workbench show.
 */
export function ChatPanel({ sidekickId, sidekickName }: { sidekickId: string; sidekickName: string }) {
  const [threadId, setThreadId] = useState<string | null>(null);
  const [railOpen, setRailOpen] = useState(false);
  return (
    <div className="grid overflow-hidden rounded-2xl border border-line bg-surface md:grid-cols-[16rem_1fr]">
      <div className="border-b border-line md:border-r md:border-b-0">
        <button
          type="button"
          className="w-full px-4 py-2 text-left text-sm font-medium md:hidden"
          aria-expanded={railOpen}
          onClick={() => setRailOpen(!railOpen)}
        >
          {railOpen ? 'Hide threads' : 'Threads'}
        </button>
        <div className={railOpen ? 'block' : 'hidden md:block'}>
          <ThreadRail
            sidekickId={sidekickId}
            selected={threadId}
            onSelect={(id) => {
              setThreadId(id);
              setRailOpen(false);
            }}
          />
        </div>
      </div>
      <Conversation
        key={sidekickId}
        sidekickId={sidekickId}
        sidekickName={sidekickName}
        threadId={threadId}
        onThreadCreated={setThreadId}
      />
    </div>
  );
}
