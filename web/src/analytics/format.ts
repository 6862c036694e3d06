import type { ChannelClass } from './analytics-api';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat();

/** A fraction as a percentage ("42.5%"); "—" when undefined. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : percent.format(rate);
}

/** A count with grouping ("12,345"). */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** A duration in seconds as "45 s", "3 min 20 s", "2 h 5 min"; "—" when undefined. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
  const minutes = Math.round((s % 3600) / 60);
  return minutes === 0 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 3600)} h ${minutes} min`;
}

/** How each channel class is named. */
export const CHANNEL_NAMES: Record<ChannelClass, string> = {
  form: 'Form',
  chat: 'Chat',
  voice: 'Voice',
  mixed: 'Form + guide',
  agent: 'AI agent',
};

/** A UTC day (YYYY-MM-DD) as a short date ("3 Mar"). */
export function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** The UTC day `days` days before `day` (YYYY-MM-DD). */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Today as a UTC day (YYYY-MM-DD). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
