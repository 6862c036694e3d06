import { useState } from 'react';
import {
  ACTION_TYPES,
  type ActionType,
  type EventBinding,
  type Trigger,
} from '../../../../src/core/actions/definition';
import { ACTION_TYPE_HINTS, ACTION_TYPE_LABELS, TRIGGER_LABELS } from '../../../../src/core/actions/labels';
import type { WizardDefinition } from '../../../../src/core/wizard/definition';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { Toggle } from '../../ui/Toggle';
import { cx, focusRing } from '../../ui/cx';
import type { DraftProblem } from '../builder-api';
import { ConditionBuilder } from '../conditions/ConditionBuilder';
import { InputField, SelectField } from '../controls';
import { IconButton } from '../IconButton';
import { PlusIcon, TrashIcon } from '../icons';
import { messagesAt, messagesUnder } from '../problem-paths';
import { ProblemCount } from '../ProblemCount';
import { SortableList } from '../SortableList';
import {
  inRunOrder,
  moveAction,
  newAction,
  replaceAction,
  targetKey,
  triggersOf,
  type ActionDefaults,
  type TargetChoice,
} from './event-edits';
import { problemsWithin } from './problems';
import { SortableActionCard } from './SortableActionCard';

/** The event with new conditions (none: the member is left out). */
function withConditions(event: EventBinding, conditions: EventBinding['conditions']): EventBinding {
  const next = { ...event, conditions };
  if (conditions === undefined) delete next.conditions;
  return next;
}

/** Props of {@link EventCard}. */
export interface EventCardProps {
  event: EventBinding;
  draft: WizardDefinition;
  /** The targets this panel offers (the event's own is added when it is not among them). */
  targets: TargetChoice[];
  /** Problems with paths relative to the event (`trigger`, `actions.0.config.path`). */
  problems: DraftProblem[];
  readOnly: boolean;
  /** What new actions start with (the first API configuration and MCP server). */
  defaults: ActionDefaults;
  onChange: (event: EventBinding) => void;
  onRemove: () => void;
  test: { wizardId: string; flush: () => Promise<boolean> };
}

/**
 * One event: a header with its name, trigger, problem count and an Enabled switch that opens its editor —
 * name, id, what it is attached to, trigger (only those valid for the target), JSON Logic conditions (the
 * builder's condition editor), and its ordered actions (drag to reorder; each opens its own editor).
 */
export function EventCard({
  event: stored,
  draft,
  targets,
  problems,
  readOnly,
  defaults,
  onChange,
  onRemove,
  test,
}: EventCardProps) {
  const [open, setOpen] = useState(false);
  const [newType, setNewType] = useState<ActionType>('api_call');
  const event = inRunOrder(stored);
  const at = (path: string) => messagesAt(problems, path);
  const fields = draft.steps.flatMap((s) => s.fields);
  const choices = targets.some((t) => targetKey(t.target) === targetKey(event.target))
    ? targets
    : [
        {
          target: event.target,
          label: `Missing: ${targetKey(event.target)}`,
          triggers: triggersOf(draft, event.target),
        },
        ...targets,
      ];
  const valid = triggersOf(draft, event.target);
  const triggerChoices = valid.includes(event.trigger) ? valid : [event.trigger, ...valid];
  const ids = event.actions.map((_, i) => `action-${i}`);
  const setTarget = (key: string) => {
    const choice = choices.find((c) => targetKey(c.target) === key);
    if (!choice) return;
    const valid = choice.triggers;
    onChange({
      ...event,
      target: choice.target,
      trigger: valid.includes(event.trigger) ? event.trigger : valid[0]!,
    });
  };
  return (
    <li className="rounded-xl border border-line bg-surface-muted/40">
      <div className="flex items-center gap-2 px-3 py-2">
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className={cx(
            'flex min-w-0 flex-1 flex-col items-start rounded-md px-1 py-0.5 text-left',
            focusRing,
          )}
        >
          <span className="flex w-full items-center gap-2">
            <span className="min-w-0 truncate text-sm font-medium text-fg">{event.name}</span>
            {!event.enabled && <Badge>Off</Badge>}
            <ProblemCount count={problems.length} />
          </span>
          <span className="text-xs text-fg-subtle">
            {TRIGGER_LABELS[event.trigger]} · {event.actions.length} action
            {event.actions.length === 1 ? '' : 's'}
          </span>
        </button>
        <Toggle
          checked={event.enabled}
          aria-label={`Event “${event.name}” enabled`}
          onChange={(enabled) => onChange({ ...event, enabled })}
        />
        {!readOnly && (
          <IconButton label={`Delete event “${event.name}”`} onClick={onRemove}>
            <TrashIcon />
          </IconButton>
        )}
      </div>
      {open && (
        <div className="space-y-4 border-t border-line p-3">
          <div className="grid gap-3 sm:grid-cols-2">
            <InputField
              label="Event name"
              value={event.name}
              onChange={(e) => onChange({ ...event, name: e.target.value })}
              problems={at('name')}
            />
            <InputField
              label="Event id"
              spellCheck={false}
              value={event.id}
              onChange={(e) => onChange({ ...event, id: e.target.value })}
              problems={at('id')}
            />
          </div>
          <div className="grid gap-3">
            {choices.length > 1 && (
              <SelectField
                label="Attached to"
                value={targetKey(event.target)}
                onChange={(e) => setTarget(e.target.value)}
                problems={messagesUnder(problems, 'target')}
              >
                {choices.map((c) => (
                  <option key={targetKey(c.target)} value={targetKey(c.target)}>
                    {c.label}
                  </option>
                ))}
              </SelectField>
            )}
            <SelectField
              label="Trigger"
              value={event.trigger}
              onChange={(e) => onChange({ ...event, trigger: e.target.value as Trigger })}
              problems={[...at('trigger'), ...(choices.length > 1 ? [] : messagesUnder(problems, 'target'))]}
            >
              {triggerChoices.map((t) => (
                <option key={t} value={t}>
                  {TRIGGER_LABELS[t]} ({t})
                </option>
              ))}
            </SelectField>
          </div>
          <ConditionBuilder
            label="Only run when"
            value={event.conditions}
            fields={fields}
            problems={messagesUnder(problems, 'conditions')}
            onChange={(conditions) => onChange(withConditions(event, conditions))}
          />
          <div className="space-y-2">
            <h4 className="text-sm font-semibold text-fg">Actions, in the order they run</h4>
            {event.actions.length === 0 && <p className="text-sm text-fg-muted">No actions yet.</p>}
            <SortableList
              ids={ids}
              noun="action"
              nameOf={(i) => `action “${event.actions[i]?.name ?? event.actions[i]?.id ?? ''}”`}
              readOnly={readOnly}
              onMove={(from, to) => onChange(moveAction(event, from, to))}
            >
              <ol className="space-y-2" aria-label={`Actions of “${event.name}”`}>
                {event.actions.map((action, i) => (
                  <SortableActionCard
                    key={ids[i]}
                    id={ids[i]!}
                    position={i + 1}
                    readOnly={readOnly}
                    action={action}
                    draft={draft}
                    problems={problemsWithin(problems, `actions.${i}`)}
                    onChange={(next) => onChange(replaceAction(event, i, next))}
                    onRemove={() => onChange(replaceAction(event, i, null))}
                    test={{ ...test, eventId: event.id }}
                  />
                ))}
              </ol>
            </SortableList>
            {messagesAt(problems, 'actions').map((m) => (
              <p key={m} className="text-sm text-danger">
                {m}
              </p>
            ))}
            {!readOnly && (
              <div className="flex flex-wrap items-center gap-2">
                <Select
                  aria-label="Type of the new action"
                  className="w-48"
                  value={newType}
                  title={ACTION_TYPE_HINTS[newType]}
                  onChange={(e) => setNewType(e.target.value as ActionType)}
                >
                  {ACTION_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {ACTION_TYPE_LABELS[t]}
                    </option>
                  ))}
                </Select>
                <Button
                  variant="secondary"
                  size="sm"
                  icon={<PlusIcon />}
                  onClick={() =>
                    onChange({ ...event, actions: [...event.actions, newAction(newType, event, defaults)] })
                  }
                >
                  Add action
                </Button>
                <span className="text-xs text-fg-subtle">{ACTION_TYPE_HINTS[newType]}</span>
              </div>
            )}
          </div>
        </div>
      )}
    </li>
  );
}
