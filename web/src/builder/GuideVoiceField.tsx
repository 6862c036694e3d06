import { useQuery } from '@tanstack/react-query';
import { VOICE_CATALOGUE_ENTRIES } from '../../../src/core/voices';
import { listVoices, VOICES_KEY } from '../sidekicks/sidekick-api';
import { SelectField } from './controls';

/**
 * The guide's voice (`guide.voice_id`), its one voice setting: a voice of the workspace (the catalogue's
 * four, and its ElevenLabs voices with its key). A LiveKit call speaks with it; a browser speaking for the
 * guide picks its installed voice closest to it. Until the workspace's voices load (or when they cannot),
 * the catalogue is offered; a voice not listed (copied from a sidekick) stays selectable.
 */
export function GuideVoiceField({
  voiceId,
  problems,
  onChange,
}: {
  voiceId: string | undefined;
  problems: string[];
  onChange: (voiceId: string | undefined) => void;
}) {
  const voices = useQuery({ queryKey: VOICES_KEY, queryFn: () => listVoices() });
  const listed: Array<{ id: string; name: string }> = voices.data ?? [...VOICE_CATALOGUE_ENTRIES];
  const options =
    voiceId && !listed.some((v) => v.id === voiceId) ? [...listed, { id: voiceId, name: voiceId }] : listed;
  return (
    <SelectField
      label="Voice"
      description="The guide's voice in calls. When the browser speaks for the guide, its installed voice closest to this one (gender and accent)."
      value={voiceId ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      problems={problems}
    >
      <option value="">No voice (the browser's default)</option>
      {options.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name}
        </option>
      ))}
    </SelectField>
  );
}
