import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { VoiceDataMessage } from '../core/voice-messages.js';
import type { GuideToolName } from '../guide/types.js';
import { dataMessageOf } from './data-messages.js';
import type { GuideLLM } from './guide-llm.js';

/** The guide's tools as the agent advertises them: name, what it does, its arguments. */
const TOOLS: Record<GuideToolName, { description: string; parameters: z.ZodObject }> = {
  set_wizard_field: {
    description: "Set a field of the wizard to the user's answer",
    parameters: z.looseObject({ field_name: z.string(), value: z.unknown() }),
  },
  clear_wizard_field: {
    description: 'Clear a field of the wizard',
    parameters: z.looseObject({ field_name: z.string() }),
  },
  wizard_next_step: { description: 'Go to the next step', parameters: z.looseObject({}) },
  wizard_previous_step: { description: 'Go back to the previous step', parameters: z.looseObject({}) },
  wizard_go_to_step: {
    description: 'Go to a step by id',
    parameters: z.looseObject({ step_id: z.string() }),
  },
  get_wizard_state: { description: "Read the wizard's state", parameters: z.looseObject({}) },
  complete_wizard: { description: 'Complete the wizard', parameters: z.looseObject({}) },
  apply_wizard_option_set: {
    description: "Press a field's apply button (loads or applies its options)",
    parameters: z.looseObject({ field_name: z.string() }),
  },
};

/**
 * The wizard guide agent's function tools, one per guide tool (`set_wizard_field`, `wizard_next_step`, …).
 * The guide applied each call to the run during its turn (see GuideLLM); the agent's tool reports it: it
 * publishes the call's data message (see dataMessageOf) through `publish` and returns nothing, so the
 * session asks the guide for no second reply.
 */
export function wizardTools(guide: GuideLLM, publish: (message: VoiceDataMessage) => Promise<void>) {
  return Object.entries(TOOLS).map(([name, spec]) =>
    llm.tool({
      name,
      description: spec.description,
      parameters: spec.parameters,
      execute: async (_args, { toolCallId }) => {
        const call = guide.takeCall(toolCallId);
        const message = call ? dataMessageOf(call) : null;
        if (message) await publish(message);
        return undefined;
      },
    }),
  );
}
