import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { listVoices, SIDEKICKS_KEY, updateSidekick, VOICES_KEY, type Sidekick } from './sidekick-api';
import { VoicePreviewButton } from './VoicePreviewButton';

/**
 * Changing a sidekick's voice on its Overview: the workspace's voices (the built-in four, and its ElevenLabs
 * voices with its key), a preview of the one selected, and Save.
 */
export function VoicePicker({ sidekick }: { sidekick: Sidekick }) {
  const client = useQueryClient();
  const voices = useQuery({ queryKey: VOICES_KEY, queryFn: () => listVoices() });
  const [choice, setChoice] = useState(sidekick.voice_id ?? '');
  const save = useMutation({
    mutationFn: () => updateSidekick(sidekick.id, { voice_id: choice || null }),
    onSuccess: () => client.invalidateQueries({ queryKey: SIDEKICKS_KEY }),
  });
  const selected = voices.data?.find((v) => v.id === choice);
  return (
    <form
      className="space-y-3 rounded-xl border border-line p-4"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <label className="block text-sm font-medium" htmlFor="voice-choice">
        Voice
      </label>
      <select
        id="voice-choice"
        className="w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm"
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        <option value="">No voice</option>
        {voices.data?.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
            {v.source === 'elevenlabs' ? ' (ElevenLabs)' : ''}
          </option>
        ))}
      </select>
      <div className="flex flex-wrap gap-2">
        {selected && <VoicePreviewButton key={selected.id} voiceId={selected.id} label={selected.name} />}
        <Button type="submit" size="sm" disabled={save.isPending || choice === (sidekick.voice_id ?? '')}>
          {save.isPending ? 'Saving…' : 'Save voice'}
        </Button>
      </div>
      {save.isError && (
        <p role="alert" className="text-sm text-danger">
          {isApiProblem(save.error) ? save.error.detail : String(save.error)}
        </p>
      )}
    </form>
  );
}
