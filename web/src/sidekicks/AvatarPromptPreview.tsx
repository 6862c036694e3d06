import { useState } from 'react';
import { Button } from '../ui/Button';
import { avatarPreviewUrl } from './sidekick-api';

/**
 * Under an avatar description field (`settings.preview: "avatar"`): the avatar the description draws, with a
 * "Generate" button that draws the current text (the embedded generator: the same picture the sidekick gets
 * without an image model).
 */
export function AvatarPromptPreview({ prompt }: { prompt: string }) {
  const [shown, setShown] = useState(prompt);
  const changed = prompt.trim() !== shown.trim();
  return (
    <div className="mt-3 flex items-center gap-4">
      {shown.trim() ? (
        <img
          src={avatarPreviewUrl(shown)}
          alt={`Avatar drawn from “${shown}”`}
          className="size-20 rounded-full ring-1 ring-line"
        />
      ) : (
        <span className="flex size-20 items-center justify-center rounded-full bg-surface-hover text-xs text-fg-subtle">
          No avatar
        </span>
      )}
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={!prompt.trim() || !changed}
        onClick={() => setShown(prompt)}
      >
        Generate
      </Button>
    </div>
  );
}
