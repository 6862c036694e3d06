import type { BadgeTone } from '../ui/Badge';
import type { RunChannel, RunRow, RunStatus } from './runs-api';

/** How each run status is named and coloured. */
export const STATUS_LABELS: Record<RunStatus, string> = {
  created: 'Created',
  active: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
};

/** The badge tone of each run status. */
export const STATUS_TONES: Record<RunStatus, BadgeTone> = {
  created: 'neutral',
  active: 'accent',
  completed: 'success',
  abandoned: 'warning',
};

/** How each channel is named. */
export const CHANNEL_LABELS: Record<RunChannel, string> = {
  form: 'Form',
  chat: 'Chat',
  voice: 'Voice',
  cli: 'Command line',
  mcp: 'AI agent (MCP)',
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO time as a local date and time ("12 Mar 2026, 14:05"); "" for null. */
export function formatDateTime(iso: string | null): string {
  return iso ? dateTime.format(new Date(iso)) : '';
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** An ISO time relative to `now` ("5 minutes ago", "yesterday"); under a minute is "just now". */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  for (const [unit, ms] of UNITS)
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  return 'just now';
}

/**
 * A run's progress for lists: "3 of 5 required" when the server could count its required fields, "Done" for a
 * completed run with none required, else the current step id ("Step: contact"), else "".
 */
export function progressText(run: Pick<RunRow, 'progress' | 'current_step_id' | 'status'>): string {
  if (run.progress && run.progress.required > 0)
    return `${run.progress.answered} of ${run.progress.required} required`;
  if (run.progress && run.status === 'completed') return 'Done';
  return run.current_step_id ? `Step: ${run.current_step_id}` : '';
}

/** The wizard name to show for a run ("Untitled wizard" when its wizard is gone). */
export function wizardName(run: Pick<RunRow, 'wizard_name'>): string {
  return run.wizard_name ?? 'Untitled wizard';
}
