import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { useAuth } from '../auth/useAuth';
import { SignInRequired } from '../auth/SignInRequired';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { Tabs } from '../ui/Tabs';
import { ChatPanel } from '../chat/ChatPanel';
import { PromptsPanel } from '../chat/PromptsPanel';
import { KnowledgeTab } from './KnowledgeTab';
import { QualityTab } from '../quality/QualityTab';
import {
  getSidekickBySlug,
  listVoices,
  regenerateAvatar,
  SIDEKICKS_KEY,
  VOICES_KEY,
  type Sidekick,
} from './sidekick-api';
import { SidekickAvatar } from './SidekickAvatar';
import { VoicePicker } from './VoicePicker';
import { VoicePreviewButton } from './VoicePreviewButton';

/**
 * `/sidekicks/$slug`: a sidekick's page with its avatar, name and voice (with a preview), and the tabs
 * Overview · Knowledge · Chat · Prompts · Quality · Voice (the last four say "coming" until they land).
 */
export function SidekickRoutePage() {
  const { slug } = useParams({ from: '/sidekicks/$slug' });
  const { me, loading } = useAuth();
  if (loading) return null;
  if (!me) return <SignInRequired what="this sidekick" />;
  return <SidekickPage key={slug} slug={slug} />;
}

function SidekickPage({ slug }: { slug: string }) {
  const sidekick = useQuery({
    queryKey: [...SIDEKICKS_KEY, 'slug', slug],
    queryFn: () => getSidekickBySlug(slug),
  });
  const [tab, setTab] = useState('overview');
  if (sidekick.isError)
    return (
      <Card className="mx-auto max-w-lg text-center" role="alert">
        <h1 className="text-xl font-semibold">Sidekick not found</h1>
        <p className="mt-1 text-sm text-fg-muted">
          {isApiProblem(sidekick.error) ? sidekick.error.detail : String(sidekick.error)}
        </p>
        <Link to="/sidekicks" className="mt-4 inline-block font-medium text-accent-text hover:underline">
          All sidekicks
        </Link>
      </Card>
    );
  const s = sidekick.data;
  if (!s) return null;
  const coming = (what: string) => (
    <p className="text-sm text-fg-muted">
      {what} for {s.name} is coming.
    </p>
  );
  return (
    <div className="space-y-6">
      <Link to="/sidekicks" className="text-sm text-fg-muted hover:text-fg">
        ← Sidekicks
      </Link>
      <header className="flex flex-wrap items-center gap-5">
        <SidekickAvatar name={s.name} src={s.avatar_url} size="lg" />
        <div className="min-w-0 space-y-1">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight">
            {s.name}
            {s.builtin && <Badge tone="accent">Built-in</Badge>}
          </h1>
          <p className="text-sm text-fg-subtle">/sidekicks/{s.slug}</p>
          <VoiceLine sidekick={s} />
        </div>
      </header>
      <Tabs
        label={`${s.name}'s sections`}
        value={tab}
        onChange={setTab}
        tabs={[
          { id: 'overview', label: 'Overview', content: <Overview sidekick={s} /> },
          { id: 'knowledge', label: 'Knowledge', content: <KnowledgeTab sidekickId={s.id} /> },
          { id: 'chat', label: 'Chat', content: <ChatPanel sidekickId={s.id} sidekickName={s.name} /> },
          { id: 'prompts', label: 'Prompts', content: <PromptsPanel sidekickId={s.id} /> },
          { id: 'quality', label: 'Quality', content: <QualityTab sidekickId={s.id} /> },
          { id: 'voice', label: 'Voice', content: coming('Talking by voice') },
        ]}
      />
    </div>
  );
}

function VoiceLine({ sidekick }: { sidekick: Sidekick }) {
  const voices = useQuery({ queryKey: VOICES_KEY, queryFn: () => listVoices() });
  if (!sidekick.voice_id) return <p className="text-sm text-fg-muted">No voice chosen.</p>;
  const voice = voices.data?.find((v) => v.id === sidekick.voice_id);
  const label = voice?.name ?? sidekick.voice_id;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span>
        Voice: <span className="font-medium">{label}</span>
      </span>
      <VoicePreviewButton voiceId={sidekick.voice_id} label={label} />
    </div>
  );
}

function Overview({ sidekick }: { sidekick: Sidekick }) {
  const client = useQueryClient();
  const [prompt, setPrompt] = useState(sidekick.avatar_prompt ?? '');
  const redraw = useMutation({
    mutationFn: () => regenerateAvatar(sidekick.id, prompt),
    onSuccess: () => client.invalidateQueries({ queryKey: SIDEKICKS_KEY }),
  });
  const rows: Array<[string, string]> = [
    ['Personality', sidekick.personality_description || '—'],
    ['Greeting', sidekick.greeting || '—'],
    ['Configuration', sidekick.config_mode === 'advanced' ? 'Advanced' : 'Default'],
  ];
  if (sidekick.config_mode === 'advanced')
    rows.push(
      ['Model', sidekick.model ?? 'the platform’s model'],
      ['Temperature', sidekick.temperature?.toString() ?? '—'],
      ['Knowledge passages per answer', sidekick.retrieval_depth?.toString() ?? '—'],
      ['Citations', sidekick.citation_style ?? '—'],
    );
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <dl className="self-start divide-y divide-line rounded-xl border border-line text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="grid gap-1 px-4 py-3 sm:grid-cols-[12rem_1fr]">
            <dt className="text-fg-muted">{term}</dt>
            <dd className="break-words whitespace-pre-wrap">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-4">
        <form
          className="space-y-3 rounded-xl border border-line p-4"
          onSubmit={(e) => {
            e.preventDefault();
            redraw.mutate();
          }}
        >
          <label className="block text-sm font-medium" htmlFor="avatar-prompt">
            Avatar
          </label>
          <input
            id="avatar-prompt"
            className="w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm"
            value={prompt}
            placeholder="e.g. a purple robot"
            onChange={(e) => setPrompt(e.target.value)}
          />
          <Button type="submit" size="sm" disabled={redraw.isPending}>
            {redraw.isPending ? 'Generating…' : 'Generate'}
          </Button>
          {redraw.isError && (
            <p role="alert" className="text-sm text-danger">
              {isApiProblem(redraw.error) ? redraw.error.detail : String(redraw.error)}
            </p>
          )}
        </form>
        <VoicePicker sidekick={sidekick} />
      </div>
    </div>
  );
}
