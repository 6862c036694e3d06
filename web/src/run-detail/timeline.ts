import type { RunEvent } from '../../../src/core/events/run-events';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { formatFieldValue } from '../../../src/core/wizard/field-types';
import { REVIEW_STEP_ID } from '../../../src/core/wizard/run-state';

/** One entry of a run's timeline: who did it, a readable sentence, optional details, and when (ISO). */
export interface TimelineEntry {
  seq: number;
  at: string;
  actor: RunEvent['actor'];
  /** "Visitor", "Guide", "Action", "System". */
  actorLabel: string;
  sentence: string;
  /** A second line: the guide's source words, fields cleared, steps skipped, refusal reasons. */
  detail?: string;
  tone: 'neutral' | 'success' | 'warning' | 'danger';
}

const ACTOR_LABELS: Record<RunEvent['actor'], string> = {
  form: 'Visitor',
  guide: 'Guide',
  action: 'Action',
  agent: 'AI agent',
  system: 'System',
};

const ACTOR_SUBJECTS: Record<RunEvent['actor'], string> = {
  form: 'The visitor',
  guide: 'The guide',
  action: 'An action',
  agent: 'An AI agent',
  system: 'The system',
};

/** Quotes a text for a sentence, shortening it past 80 characters. */
function quote(text: string): string {
  return `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
}

/** Looks up labels and formats values of a definition for timeline sentences. */
export class TimelineContext {
  constructor(private readonly definition: WizardDefinition | undefined) {}

  /** A field's label, else its name. */
  fieldLabel(name: string): string {
    return this.field(name)?.label ?? name;
  }

  /** A step's title ("the review" for the review pseudo-step), else its id. */
  stepTitle(id: string): string {
    if (id === REVIEW_STEP_ID) return 'the review';
    return quote(this.definition?.steps.find((s) => s.id === id)?.title ?? id);
  }

  /** A value as the player shows it ("14 March 2026", "Yes"). */
  formatValue(name: string, value: unknown): string {
    const field = this.field(name);
    if (field) return formatFieldValue(field, value);
    if (typeof value === 'string') return value;
    return JSON.stringify(value) ?? '';
  }

  private field(name: string) {
    return this.definition?.steps.flatMap((s) => s.fields).find((f) => f.name === name);
  }
}

/** Whether a value counts as cleared (null, undefined, empty string or list). */
function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** The sentence (and detail) of one event. */
function describe(
  event: RunEvent,
  ctx: TimelineContext,
): Omit<TimelineEntry, 'seq' | 'at' | 'actor' | 'actorLabel'> {
  const who = ACTOR_SUBJECTS[event.actor];
  switch (event.type) {
    case 'wizard_start': {
      const defaults = Object.keys(event.defaults);
      return {
        sentence: `The run started on ${ctx.stepTitle(event.step_id)} (version ${event.wizard_version})`,
        detail: defaults.length
          ? `Defaults: ${defaults.map((name) => `${ctx.fieldLabel(name)} = ${ctx.formatValue(name, event.defaults[name])}`).join(', ')}`
          : undefined,
        tone: 'neutral',
      };
    }
    case 'wizard_field_update': {
      const label = ctx.fieldLabel(event.field);
      const cleared = event.cleared.length
        ? `Cleared because their conditions no longer hold: ${event.cleared.map((n) => ctx.fieldLabel(n)).join(', ')}`
        : undefined;
      if (isEmpty(event.value))
        return { sentence: `${who} cleared ${label}`, detail: cleared, tone: 'neutral' };
      const value = quote(ctx.formatValue(event.field, event.value));
      const sentence = isEmpty(event.previous)
        ? `${who} set ${label} to ${value}`
        : `${who} changed ${label} from ${quote(ctx.formatValue(event.field, event.previous))} to ${value}`;
      const source = event.provenance?.utterance
        ? `From the words ${quote(event.provenance.utterance)}`
        : undefined;
      return { sentence, detail: [source, cleared].filter(Boolean).join('. ') || undefined, tone: 'neutral' };
    }
    case 'wizard_step_change': {
      const to = ctx.stepTitle(event.to);
      const sentence =
        event.direction === 'jump' || event.from === null
          ? `${who} jumped to ${to}`
          : event.direction === 'previous'
            ? `${who} went back from ${ctx.stepTitle(event.from)} to ${to}`
            : `${who} moved on from ${ctx.stepTitle(event.from)} to ${to}`;
      return {
        sentence,
        detail: event.skipped.length
          ? `Skipped: ${event.skipped.map((s) => ctx.stepTitle(s)).join(', ')}`
          : undefined,
        tone: 'neutral',
      };
    }
    case 'wizard_complete':
      return {
        sentence: `${who} completed the run with ${Object.keys(event.values).length} values`,
        tone: 'success',
      };
    case 'wizard_abandon':
      return {
        sentence: 'The run was abandoned',
        detail: event.reason ? `Reason: ${quote(event.reason)}` : undefined,
        tone: 'warning',
      };
    case 'validation_error':
      return {
        sentence: event.field
          ? `${who} was refused a value for ${ctx.fieldLabel(event.field)}`
          : `${who} was refused “${event.command.replaceAll('_', ' ')}”`,
        detail: event.problems
          .map((p) => (p.field ? `${ctx.fieldLabel(p.field)}: ${p.message}` : p.message))
          .join('; '),
        tone: 'danger',
      };
    case 'action_output':
      return {
        sentence: `Action “${event.action_id}” of event “${event.event_id}” kept ${quote(event.key)}`,
        tone: 'neutral',
      };
    case 'action_failed':
      return {
        sentence: `Action “${event.action_id}” (${event.action_type.replaceAll('_', ' ')}) failed`,
        detail: event.error,
        tone: 'danger',
      };
    case 'option_set_loaded':
      return {
        sentence: `${who} loaded ${event.options.length} options into ${ctx.fieldLabel(event.field)}`,
        tone: 'neutral',
      };
    case 'message_shown':
      return {
        sentence: `${who} showed the message ${quote(event.text)}`,
        tone: event.level === 'error' ? 'danger' : event.level === 'warning' ? 'warning' : 'neutral',
      };
    case 'action_started':
      return {
        sentence: `Action “${event.action_id}” (${event.action_type.replaceAll('_', ' ')}) of event “${event.event_id}” started${event.async ? ' in the background' : ''}`,
        detail: event.loading_message ? `Shown meanwhile: ${quote(event.loading_message)}` : undefined,
        tone: 'neutral',
      };
    case 'action_finished':
      return {
        sentence: `Action “${event.action_id}” of event “${event.event_id}” finished`,
        tone: 'success',
      };
    case 'option_set_applied':
      return {
        sentence: `${who} pressed ${ctx.fieldLabel(event.field)}`,
        detail: event.option_set !== event.field ? `Applies ${ctx.fieldLabel(event.option_set)}` : undefined,
        tone: 'neutral',
      };
    case 'renderer_output':
      return {
        sentence: `${who} showed ${event.title ? quote(event.title) : `a ${event.renderer.replaceAll('_', ' ')}`}`,
        tone: 'neutral',
      };
  }
}

/**
 * A run's event log as readable timeline entries, oldest first: who changed what and when, with field labels,
 * step titles and values formatted as the player shows them (raw names when the definition is unknown).
 */
export function timelineEntries(
  events: ReadonlyArray<{ seq: number; event: RunEvent }>,
  definition: WizardDefinition | undefined,
): TimelineEntry[] {
  const ctx = new TimelineContext(definition);
  return events.map(({ seq, event }) => ({
    seq,
    at: event.at,
    actor: event.actor,
    actorLabel: ACTOR_LABELS[event.actor],
    ...describe(event, ctx),
  }));
}
