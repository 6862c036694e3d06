import type { Provenance } from '../../../src/core/events/run-events';
import { Badge } from '../ui/Badge';
import { Tooltip } from '../ui/Tooltip';
import { focusRing } from '../ui/cx';

/**
 * "Filled by guide": shown beside a field whose value the guide extracted. Hover or focus shows the
 * sentence it came from (`provenance.utterance`).
 */
export function GuideMarker({ provenance, guideName }: { provenance: Provenance; guideName?: string }) {
  const content = provenance.utterance ? (
    <>
      From: <q>{provenance.utterance}</q>
    </>
  ) : (
    `Filled in by ${guideName ?? 'the guide'} from the conversation`
  );
  return (
    <Tooltip content={content} align="end">
      {(describedBy) => (
        <button type="button" aria-describedby={describedBy} className={`rounded-full ${focusRing}`}>
          <Badge tone="guide">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3">
              <path
                fill="currentColor"
                d="M10 1.5l1.9 4.6 4.6 1.9-4.6 1.9L10 14.5l-1.9-4.6L3.5 8l4.6-1.9L10 1.5zM15.5 13l.9 2.1 2.1.9-2.1.9-.9 2.1-.9-2.1-2.1-.9 2.1-.9.9-2.1z"
              />
            </svg>
            Filled by guide
          </Badge>
        </button>
      )}
    </Tooltip>
  );
}
