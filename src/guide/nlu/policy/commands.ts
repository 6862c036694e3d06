import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Command } from '../intents.js';
import type { DialogueMemory } from '../memory.js';
import type { Action, Plan } from './plan.js';
import { remarkOnly } from './plan.js';
import { targetField } from './questions.js';

/**
 * The plan of a navigation or conversation command ("go back", "skip", "repeat that", "start over", "help")
 * for whatever the guide asked last. Pure.
 */
export function commandPlan(memory: DialogueMemory, snapshot: RunSnapshot, command: Command): Plan {
  switch (command) {
    case 'repeat':
      return remarkOnly({ kind: 'repeat' });
    case 'help':
      return remarkOnly({ kind: 'help' });
    case 'back':
      return { ...remarkOnly({ kind: 'back' }), actions: [{ op: 'previous' }] };
    case 'start_over':
      return { ...remarkOnly({ kind: 'start_over' }), actions: [{ op: 'clear_all' }, { op: 'first_step' }] };
    case 'skip': {
      const asked = memory.asked;
      if (asked.kind === 'info' || asked.kind === 'revisit' || asked.kind === 'defaults')
        return { ...remarkOnly({ kind: 'confirmed' }), actions: [{ op: 'next' }], advance: true };
      if (asked.kind === 'review' || asked.kind === 'change' || asked.kind === 'done')
        return remarkOnly({ kind: 'repeat' });
      const name =
        asked.kind === 'field' || asked.kind === 'confirm'
          ? asked.field
          : targetField(snapshot, memory)?.name;
      const view = snapshot.fields.find((f) => f.name === name);
      if (!view) return { ...remarkOnly({ kind: 'skipped' }), advance: true };
      if (view.required) return remarkOnly({ kind: 'cannot_skip', field: view.name });
      const actions: Action[] = [{ op: 'skip', field: view.name }];
      if (asked.kind === 'confirm') actions.unshift({ op: 'clear', field: view.name });
      return { ...remarkOnly({ kind: 'skipped' }), actions, advance: true };
    }
  }
}
