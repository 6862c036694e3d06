import type { OnError } from '../../../../src/core/actions/definition';
import type { DraftProblem } from '../builder-api';
import { InputField, SelectField } from '../controls';
import { messagesAt } from '../problem-paths';

const STRATEGY_LABELS: Record<OnError['strategy'], string> = {
  stop: 'Stop this event’s remaining actions',
  continue: 'Continue with the next action',
  retry: 'Retry, then stop',
};

/** What happens when an action fails: stop, continue, or retry `retry_count` times with a doubling backoff. */
export function OnErrorEditor({
  value,
  problems,
  onChange,
}: {
  value: OnError;
  /** Problems with paths relative to `on_error`. */
  problems: DraftProblem[];
  onChange: (value: OnError) => void;
}) {
  const at = (path: string) => messagesAt(problems, path);
  const number = (text: string) => (text === '' ? 0 : Number(text));
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <SelectField
          label="When it fails"
          value={value.strategy}
          onChange={(e) => {
            const strategy = e.target.value as OnError['strategy'];
            onChange({
              ...value,
              strategy,
              retry_count: strategy === 'retry' ? Math.max(1, value.retry_count) : value.retry_count,
            });
          }}
          problems={at('strategy')}
        >
          {(Object.keys(STRATEGY_LABELS) as Array<OnError['strategy']>).map((s) => (
            <option key={s} value={s}>
              {STRATEGY_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </div>
      {value.strategy === 'retry' && (
        <>
          <InputField
            label="Retries"
            type="number"
            min={0}
            max={10}
            value={value.retry_count}
            onChange={(e) => onChange({ ...value, retry_count: number(e.target.value) })}
            problems={at('retry_count')}
          />
          <InputField
            label="First backoff (ms)"
            description="Doubled after each retry."
            type="number"
            min={0}
            max={60000}
            value={value.backoff_ms}
            onChange={(e) => onChange({ ...value, backoff_ms: number(e.target.value) })}
            problems={at('backoff_ms')}
          />
        </>
      )}
    </div>
  );
}
