import type { ChannelClass } from '../db/analytics.js';

/**
 * The analytics report of one wizard over a range of UTC days, as the API answers it (snake_case). Counts are
 * integers; rates are fractions 0..1 (null when their denominator is 0); durations are seconds.
 */
export interface AnalyticsReport {
  wizard_id: string;
  /** First day of the range (UTC, YYYY-MM-DD), inclusive. */
  from: string;
  /** Last day of the range (UTC, YYYY-MM-DD), inclusive. */
  to: string;
  totals: {
    /** Views of the public page and the embed, once per visitor per day. */
    views: number;
    page_views: number;
    embed_views: number;
    /** Runs started in the range. */
    starts: number;
    /** Of those, the completed ones. */
    completions: number;
    /** Of those, the ones marked abandoned. */
    abandoned: number;
    /** completions / starts. */
    completion_rate: number | null;
    /** starts / views (null without views: runs started from the app have none). */
    start_rate: number | null;
    median_seconds_to_complete: number | null;
    p90_seconds_to_complete: number | null;
  };
  /** Every day of the range: views, starts, completions (by the day they completed). */
  daily: Array<{ day: string; views: number; starts: number; completions: number }>;
  /** The step funnel in the definition's order, then the review page. */
  steps: Array<{
    step_id: string;
    title: string;
    /** Runs that reached the step. */
    reached: number;
    /** Runs whose path skipped it (a branch; not drop-offs). */
    skipped: number;
    /** Runs that reached it and stopped there without completing. */
    dropped: number;
    /** dropped / reached. */
    drop_off_rate: number | null;
  }>;
  /** Fields with validation problems or corrections, most first. */
  fields: Array<{
    field: string;
    label: string;
    errors: number;
    error_runs: number;
    corrections: number;
    correction_runs: number;
  }>;
  /** Runs per channel class (form, chat, voice, mixed, agent), every class listed. */
  channels: Array<{ channel: ChannelClass; runs: number; completions: number; share: number | null }>;
  /** Views, starts and completions per UTM source ('' = none). */
  utm_sources: SourceFigures[];
  /** Views, starts and completions per referring host ('' = direct). */
  referrers: SourceFigures[];
  /** The conversation funnel of guided runs. */
  conversation: {
    /** Runs with a guide conversation. */
    guided_runs: number;
    guided_completions: number;
    /** Runs that moved between the form and the guide at least once. */
    switched_runs: number;
    /** switched_runs / starts. */
    switch_rate: number | null;
    /** Form → guide moves (consecutive value or step changes by different actors). */
    form_to_chat: number;
    chat_to_form: number;
    /** The guide's last message before guided runs stopped without completing, most frequent first. */
    last_questions: Array<{ question: string; step_id: string; step_title: string; runs: number }>;
  };
}

/** Views, starts and completions of one attribution value. */
export interface SourceFigures {
  source: string;
  views: number;
  starts: number;
  completions: number;
}

/** The channel classes in the order the report lists them. */
export const CHANNEL_CLASSES = [
  'form',
  'chat',
  'voice',
  'mixed',
  'agent',
] as const satisfies readonly ChannelClass[];
