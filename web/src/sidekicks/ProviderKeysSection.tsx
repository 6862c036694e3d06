import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { SettingsSection } from '../settings/SettingsSection';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import {
  deleteProviderKey,
  listProviderKeys,
  PROVIDER_KEYS_KEY,
  setProviderKey,
  testProviderKey,
  type ProviderKey,
} from './sidekick-api';

const PROVIDERS: Record<string, { label: string; base?: string; secret?: boolean }> = {
  openai: { label: 'OpenAI' },
  anthropic: { label: 'Anthropic' },
  openai_compatible: {
    label: 'OpenAI-compatible server',
    base: 'Server URL, e.g. http://localhost:11434/v1',
  },
  elevenlabs: { label: 'ElevenLabs' },
  deepgram: { label: 'Deepgram' },
  livekit: { label: 'LiveKit', base: 'LiveKit URL, e.g. wss://my-app.livekit.cloud', secret: true },
};

/**
 * Settings → Provider keys (owners and admins): the workspace's own OpenAI, Anthropic, OpenAI-compatible,
 * ElevenLabs, Deepgram and LiveKit keys, used by its guides and sidekicks instead of the server's settings.
 * Keys are write-only (only their last four characters are shown); "Test key" makes a real request.
 */
export function ProviderKeysSection() {
  const keys = useQuery({ queryKey: PROVIDER_KEYS_KEY, queryFn: listProviderKeys });
  return (
    <SettingsSection
      title="Provider keys"
      description="Your own model, voice and LiveKit keys. They are stored encrypted, never shown again, and used by this workspace's guides and sidekicks instead of the server's."
    >
      <ul className="divide-y divide-line">
        {keys.data?.map((k) => (
          <li key={k.provider} className="py-4 first:pt-0 last:pb-0">
            <ProviderRow entry={k} />
          </li>
        ))}
      </ul>
    </SettingsSection>
  );
}

function ProviderRow({ entry }: { entry: ProviderKey }) {
  const info = PROVIDERS[entry.provider] ?? { label: entry.provider };
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');
  const [base, setBase] = useState(entry.base_url ?? '');
  const refresh = () => client.invalidateQueries({ queryKey: PROVIDER_KEYS_KEY });
  const save = useMutation({
    mutationFn: () =>
      setProviderKey(entry.provider, { key, ...(secret ? { secret } : {}), base_url: base || null }),
    onSuccess: () => {
      setEditing(false);
      setKey('');
      setSecret('');
      return refresh();
    },
  });
  const test = useMutation({ mutationFn: () => testProviderKey(entry.provider), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => deleteProviderKey(entry.provider), onSuccess: refresh });
  const error = save.error ?? test.error ?? remove.error;
  const input = 'w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm';
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{info.label}</span>
        {entry.configured ? <Badge tone="success">Key ••••{entry.hint}</Badge> : <Badge>Not set</Badge>}
        {entry.last_test_ok === true && <Badge tone="success">Works</Badge>}
        {entry.last_test_ok === false && <Badge tone="danger">Test failed</Badge>}
        <span className="ml-auto flex gap-2">
          {entry.configured && (
            <Button size="sm" variant="secondary" disabled={test.isPending} onClick={() => test.mutate()}>
              {test.isPending ? 'Testing…' : 'Test key'}
            </Button>
          )}
          <Button size="sm" variant="secondary" onClick={() => setEditing(!editing)}>
            {entry.configured ? 'Replace' : 'Add key'}
          </Button>
          {entry.configured && (
            <Button size="sm" variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate()}>
              Remove
            </Button>
          )}
        </span>
      </div>
      {entry.last_test_message && entry.last_test_ok === false && (
        <p className="text-xs text-danger">{entry.last_test_message}</p>
      )}
      {editing && (
        <form
          className="grid gap-2 sm:grid-cols-2"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <input
            className={input}
            type="password"
            autoComplete="off"
            aria-label={`${info.label} API key`}
            placeholder="API key"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            required
          />
          {info.secret && (
            <input
              className={input}
              type="password"
              autoComplete="off"
              aria-label={`${info.label} API secret`}
              placeholder="API secret"
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
              required
            />
          )}
          <input
            className={input}
            aria-label={`${info.label} URL`}
            placeholder={info.base ?? 'Base URL (optional override)'}
            value={base}
            onChange={(e) => setBase(e.target.value)}
            required={!!info.base}
          />
          <Button type="submit" size="sm" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save key'}
          </Button>
        </form>
      )}
      {error && (
        <p role="alert" className="text-sm text-danger">
          {isApiProblem(error) ? error.detail : String(error)}
        </p>
      )}
    </div>
  );
}
