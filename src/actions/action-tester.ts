import { DomainError } from '../core/errors.js';
import type { Action, EventBinding } from '../core/actions/definition.js';
import { WizardDefinitionBaseSchema } from '../core/wizard/definition.js';
import type { RunCommand } from '../core/wizard/run-state.js';
import type { Db } from '../db/client.js';
import { insertActionLog } from '../db/action-logs.js';
import { requireWizard } from '../db/wizard-authoring.js';
import { attemptAction, type Executors } from './run-action.js';

/** Sample data for a test run of one action: the values and trigger payload it sees. */
export interface ActionSample {
  values?: Record<string, unknown>;
  event?: Record<string, unknown>;
  /** Which event the action belongs to, when its id is used in several events. */
  eventId?: string;
}

/** The outcome of a test run: what went in, what came out (or the error), and what it would change. */
export interface ActionTestResult {
  status: 'succeeded' | 'failed';
  input: unknown;
  output: unknown;
  error: string | null;
  /** The command its output would apply to a run (a run-changing action says what it would do instead). */
  would_apply: RunCommand | null;
  duration_ms: number;
  log_id: string;
}

/**
 * Runs one action of a wizard's draft on sample values, without touching any run: run-changing actions
 * (`set_field_value`, `show_message`, `navigate`) and the output's destination are reported, not applied. The
 * attempt is logged (action_logs, without a run). Throws DomainError `not_found` (no such wizard in the
 * tenant, or no such action) and `invalid` (the action id is in several events and no `eventId` says which).
 */
export class ActionTester {
  constructor(
    private readonly db: Db,
    private readonly executors: Executors,
  ) {}

  async test(
    tenantId: string,
    wizardId: string,
    actionId: string,
    sample: ActionSample,
  ): Promise<ActionTestResult> {
    const wizard = await requireWizard(this.db, tenantId, wizardId);
    const parsed = WizardDefinitionBaseSchema.safeParse(wizard.draft);
    const events = parsed.success ? (parsed.data.events ?? []) : [];
    const { binding, action } = findAction(events, actionId, sample.eventId);
    const started = Date.now();
    let result: Omit<ActionTestResult, 'duration_ms' | 'log_id'>;
    try {
      const attempt = await attemptAction(this.executors, binding, action, {
        tenantId,
        runId: null,
        values: sample.values ?? {},
        event: { trigger: binding.trigger, ...sample.event },
        results: {},
        context: {},
      });
      result = {
        status: 'succeeded',
        input: attempt.input,
        output: attempt.output,
        error: null,
        would_apply: attempt.command,
      };
    } catch (error) {
      const input = (error as { input?: unknown }).input ?? null;
      result = { status: 'failed', input, output: null, error: (error as Error).message, would_apply: null };
    }
    const duration = Date.now() - started;
    const logId = await insertActionLog(this.db, {
      tenantId,
      runId: null,
      wizardId: wizard.id,
      eventId: binding.id,
      actionId: action.id,
      actionType: action.type,
      trigger: binding.trigger,
      status: result.status,
      input: result.input,
      output: result.output,
      error: result.error ?? undefined,
      attempt: 1,
      durationMs: duration,
    });
    return { ...result, duration_ms: duration, log_id: logId };
  }
}

function findAction(
  events: EventBinding[],
  actionId: string,
  eventId: string | undefined,
): { binding: EventBinding; action: Action } {
  const found = events
    .filter((e) => eventId === undefined || e.id === eventId)
    .flatMap((binding) =>
      binding.actions.filter((a) => a.id === actionId).map((action) => ({ binding, action })),
    );
  if (found.length === 0)
    throw new DomainError(
      'not_found',
      `action ${actionId}${eventId ? ` of event ${eventId}` : ''} was not found in the draft`,
    );
  if (found.length > 1)
    throw new DomainError('invalid', `action ${actionId} is in several events: say which with event_id`, {
      invalidParams: [
        { name: 'body.event_id', reason: `one of ${found.map((f) => f.binding.id).join(', ')}` },
      ],
    });
  return found[0]!;
}
