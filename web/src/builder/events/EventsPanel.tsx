import { useQuery } from '@tanstack/react-query';
import { isSelectType, type WizardDefinition } from '../../../../src/core/wizard/definition';
import {
  API_CONFIGS_KEY,
  listApiConfigs,
  listMcpServers,
  MCP_SERVERS_KEY,
} from '../../connections/connections-api';
import { useState } from 'react';
import type { EventBinding } from '../../../../src/core/actions/definition';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { DraftProblem } from '../builder-api';
import { Section } from '../controls';
import { PlusIcon } from '../icons';
import {
  addEvent,
  eventsInScope,
  newEvent,
  removeEvent,
  replaceEvent,
  scopeTargets,
  type EventScope,
} from './event-edits';
import { EventCard } from './EventCard';
import { problemsWithin } from './problems';

/** Props of {@link EventsPanel}. */
export interface EventsPanelProps {
  scope: EventScope;
  draft: WizardDefinition;
  /** The draft's problems at `events.*` paths (relative to the wizard). */
  problems: DraftProblem[];
  edit: (update: (draft: WizardDefinition) => WizardDefinition) => void;
  readOnly?: boolean;
  /** What the actions' Test buttons need. */
  test: { wizardId: string; flush: () => Promise<boolean> };
}

/** What the panel says it is for: by scope, and for a field by whether it has options or is a button. */
function description(scope: EventScope): string {
  if (scope.kind === 'wizard')
    return 'Run actions when a run starts or is completed (e.g. post the answers to your CRM).';
  if (scope.kind === 'step') return 'Run actions when this step is entered, left, or validated.';
  if (scope.field.type === 'apply_button')
    return 'Run actions when this button is pressed (when it applies itself; a button that applies another field fires that field’s events).';
  if (isSelectType(scope.field.type))
    return 'Run actions when the options of this field load, change or are applied, or when one option is selected.';
  return 'Run actions when this field loads (its step is entered), when its answer changes, or when an Apply button applies it (e.g. look up a postcode).';
}

/**
 * The Events panel of the wizard, a step or a field: the events attached there (the triggers valid for that
 * target only), each opening its editor ({@link EventCard}), and a button that adds one. Events whose step or
 * field no longer exists are shown on the wizard's panel; deleting an event with actions is confirmed first. Every edit goes through `edit` into the draft's
 * `events`, so they are saved, versioned and validated with the rest of the wizard.
 */
export function EventsPanel({ scope, draft, problems, edit, readOnly = false, test }: EventsPanelProps) {
  const configs = useQuery({ queryKey: API_CONFIGS_KEY, queryFn: listApiConfigs });
  const servers = useQuery({ queryKey: MCP_SERVERS_KEY, queryFn: listMcpServers });
  const [deleting, setDeleting] = useState<{ event: EventBinding; index: number }>();
  const targets = scopeTargets(scope);
  const events = eventsInScope(draft, scope);
  const defaults = {
    apiConfigId: configs.data?.[0]?.id,
    mcpServerId: servers.data?.[0]?.id,
    fieldName: draft.steps[0]?.fields[0]?.name,
  };
  return (
    <Section title="Events" description={description(scope)}>
      {events.length > 0 && (
        <ul className="space-y-2" aria-label="Events">
          {events.map(({ event, index }) => (
            <EventCard
              key={index}
              event={event}
              draft={draft}
              targets={targets}
              problems={problemsWithin(problems, `events.${index}`)}
              readOnly={readOnly}
              defaults={defaults}
              onChange={(next) => edit((d) => replaceEvent(d, index, next))}
              onRemove={() =>
                event.actions.length === 0
                  ? edit((d) => removeEvent(d, index))
                  : setDeleting({ event, index })
              }
              test={test}
            />
          ))}
        </ul>
      )}
      {!readOnly && targets[0] && (
        <Button
          variant="secondary"
          size="sm"
          icon={<PlusIcon />}
          onClick={() => edit((d) => addEvent(d, newEvent(d, targets[0]!.target)))}
        >
          Add event
        </Button>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={`Delete event “${deleting?.event.name ?? ''}”?`}
        description={`Its ${deleting?.event.actions.length ?? 0} action(s) go with it.`}
        confirmLabel="Delete event"
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          if (deleting) edit((d) => removeEvent(d, deleting.index));
          setDeleting(undefined);
        }}
      />
    </Section>
  );
}
