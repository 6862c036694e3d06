import { useQuery } from '@tanstack/react-query';
import type { Guide } from '../../../src/core/wizard/definition';
import { Avatar } from '../guide/Avatar';
import { guideAvatarUrl } from './guide-avatar';
import { listSidekicks, SIDEKICKS_KEY, type Sidekick } from './sidekick-api';
import { VoicePreviewButton } from './VoicePreviewButton';

/**
 * The builder's guide picker: one of the tenant's sidekicks (its name, personality, greeting, voice and avatar
 * carry over into the wizard's guide) or a custom guide, with a preview card of the chosen guide (avatar,
 * name, personality, greeting and a voice preview).
 */
export function GuidePicker({ guide, onPick }: { guide: Guide; onPick: (guide: Guide) => void }) {
  const sidekicks = useQuery({ queryKey: SIDEKICKS_KEY, queryFn: listSidekicks });
  const choose = (slug: string) => {
    if (!slug) return onPick({ name: guide.name, personality: guide.personality, greeting: guide.greeting });
    const s = sidekicks.data?.find((x) => x.slug === slug);
    if (s) onPick(fromSidekick(s));
  };
  return (
    <div className="space-y-3">
      <label className="block space-y-1 text-sm">
        <span className="font-medium">Guide</span>
        <select
          className="w-full rounded-lg border border-line-strong bg-surface px-3 py-2"
          value={guide.sidekick ?? ''}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">Custom guide (edit below)</option>
          {sidekicks.data
            ?.filter((s) => s.status !== 'archived')
            .map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
        </select>
      </label>
      <div
        className="flex items-start gap-3 rounded-xl border border-line bg-surface-hover/40 p-3"
        aria-label="Guide preview"
      >
        <Avatar name={guide.name} src={guideAvatarUrl(guide)} />
        <div className="min-w-0 flex-1 space-y-1 text-sm">
          <p className="font-medium">{guide.name}</p>
          <p className="line-clamp-2 text-fg-muted">{guide.personality}</p>
          {guide.greeting && <p className="italic text-fg-muted">“{guide.greeting}”</p>}
          {guide.voice_id && <VoicePreviewButton voiceId={guide.voice_id} label={`${guide.name}'s voice`} />}
        </div>
      </div>
    </div>
  );
}

/** A wizard guide made from a sidekick. */
function fromSidekick(s: Sidekick): Guide {
  return {
    name: s.name,
    personality: s.personality_description || 'friendly and concise',
    ...(s.greeting ? { greeting: s.greeting } : {}),
    sidekick: s.slug,
    ...(s.voice_id ? { voice_id: s.voice_id } : {}),
    ...(s.avatar_prompt ? { avatar_prompt: s.avatar_prompt } : {}),
  };
}
