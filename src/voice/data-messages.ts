import type { VoiceDataMessage } from '../core/voice-messages.js';
import type { ToolCallRecord } from '../guide/types.js';

/**
 * The data message of one guide tool call (see VoiceDataMessageSchema), or null for calls that change
 * nothing a client shows (`get_wizard_state`) and for refused ones (their refusal is in the reply).
 * `form_data` is the run's values after the call.
 */
export function dataMessageOf(call: ToolCallRecord, now: Date = new Date()): VoiceDataMessage | null {
  if (!call.result.ok) return null;
  const snapshot = call.result.snapshot;
  const form_data = snapshot.values;
  const timestamp = now.toISOString();
  switch (call.name) {
    case 'set_wizard_field': {
      const field = String(call.args.field_name);
      return {
        type: 'wizard_field_update',
        data: { field, value: form_data[field] ?? null, form_data },
        timestamp,
      };
    }
    case 'clear_wizard_field':
      return {
        type: 'wizard_field_update',
        data: { field: String(call.args.field_name), value: null, form_data },
        timestamp,
      };
    case 'apply_wizard_option_set': {
      const field = String(call.args.field_name);
      return {
        type: 'wizard_field_update',
        data: { field, value: form_data[field] ?? null, form_data },
        timestamp,
      };
    }
    case 'wizard_next_step':
    case 'wizard_previous_step':
    case 'wizard_go_to_step':
      return {
        type: 'wizard_step_change',
        data: { current_step: snapshot.is_review ? 'review' : snapshot.current_step_id, form_data },
        timestamp,
      };
    case 'complete_wizard':
      return {
        type: 'wizard_complete',
        data: { form_data, ready_to_submit: snapshot.missing_required.length === 0 },
        timestamp,
      };
    case 'get_wizard_state':
      return null;
  }
}

/** Where data messages go: a LiveKit local participant (`room.localParticipant`) fits. */
export interface DataPublisher {
  publishData(data: Uint8Array, options: { reliable?: boolean; topic?: string }): Promise<void>;
}
