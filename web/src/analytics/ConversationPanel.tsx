import type { AnalyticsReport } from './analytics-api';
import { formatCount, formatRate } from './format';

/**
 * The conversation funnel: guided runs and their completion, switches between form and chat, and the
 * guide's last question before guided runs stopped.
 */
export function ConversationPanel({ conversation: c }: { conversation: AnalyticsReport['conversation'] }) {
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid grid-cols-2 gap-3">
        <div>
          <dt className="text-fg-muted">Guided runs</dt>
          <dd className="text-lg font-semibold tabular-nums">
            {formatCount(c.guided_runs)}{' '}
            <span className="text-sm font-normal text-fg-muted">
              ({formatRate(c.guided_runs === 0 ? null : c.guided_completions / c.guided_runs)} completed)
            </span>
          </dd>
        </div>
        <div>
          <dt className="text-fg-muted">Switched form ↔ chat</dt>
          <dd className="text-lg font-semibold tabular-nums">
            {formatCount(c.switched_runs)}{' '}
            <span className="text-sm font-normal text-fg-muted">({formatRate(c.switch_rate)} of runs)</span>
          </dd>
        </div>
        <div>
          <dt className="text-fg-muted">Form → chat</dt>
          <dd className="font-semibold tabular-nums">{formatCount(c.form_to_chat)}</dd>
        </div>
        <div>
          <dt className="text-fg-muted">Chat → form</dt>
          <dd className="font-semibold tabular-nums">{formatCount(c.chat_to_form)}</dd>
        </div>
      </dl>
      <div>
        <h3 className="font-medium">Last question before people stopped</h3>
        {c.last_questions.length === 0 ? (
          <p className="mt-1 text-fg-muted">No guided run stopped in this range.</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {c.last_questions.map((q) => (
              <li key={`${q.step_id}:${q.question}`} className="flex items-start justify-between gap-3">
                <span>
                  “{q.question}” <span className="text-xs text-fg-subtle">· {q.step_title}</span>
                </span>
                <span className="shrink-0 tabular-nums text-fg-muted">
                  {formatCount(q.runs)} {q.runs === 1 ? 'run' : 'runs'}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
