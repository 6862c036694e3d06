import type { ControlProps } from '../field-props';

/** A voice_only answer: given by speaking to the guide, shown here as its transcript (read-only). */
export function VoiceOnlyControl({ view, id, describedBy }: ControlProps) {
  const transcript = typeof view.value === 'string' ? view.value : '';
  return (
    <div
      id={id}
      role="textbox"
      aria-readonly="true"
      aria-labelledby={`${id}-label`}
      aria-multiline="true"
      aria-describedby={describedBy}
      tabIndex={0}
      className="flex gap-3 rounded-xl border border-line bg-surface-muted px-4 py-3 text-sm"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="mt-0.5 size-4 shrink-0 text-guide"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <rect x="9" y="3" width="6" height="12" rx="3" />
        <path strokeLinecap="round" d="M5 11a7 7 0 0 0 14 0M12 18v3" />
      </svg>
      {transcript ? (
        <q className="text-fg italic">{transcript}</q>
      ) : (
        <span className="text-fg-subtle">
          Answer this by speaking to the guide; the transcript appears here.
        </span>
      )}
    </div>
  );
}
