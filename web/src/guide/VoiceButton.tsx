import { Tooltip } from '../ui/Tooltip';
import { cx, focusRing } from '../ui/cx';

/**
 * The microphone button. Until voice is configured it stays disabled (via `aria-disabled`, so it can still
 * be focused and its tooltip "Voice is not configured" read).
 */
export function VoiceButton({ configured = false, onClick }: { configured?: boolean; onClick?: () => void }) {
  return (
    <Tooltip content={configured ? 'Talk to the guide' : 'Voice is not configured'} align="end">
      {(describedBy) => (
        <button
          type="button"
          aria-label="Voice"
          aria-disabled={!configured || undefined}
          aria-describedby={describedBy}
          onClick={configured ? onClick : undefined}
          className={cx(
            'inline-flex size-10 shrink-0 items-center justify-center rounded-lg border border-line-strong text-fg-muted',
            configured ? 'hover:bg-surface-hover hover:text-fg' : 'cursor-not-allowed opacity-50',
            focusRing,
          )}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          >
            <rect x="9" y="3" width="6" height="12" rx="3" />
            <path strokeLinecap="round" d="M5 11a7 7 0 0 0 14 0M12 18v3" />
          </svg>
        </button>
      )}
    </Tooltip>
  );
}
