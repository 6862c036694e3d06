import { z } from 'zod';

/** The LiveKit data topic the wizard guide publishes its messages on. */
export const WIZARD_DATA_TOPIC = 'wizard';

/**
 * The data messages a wizard guide publishes into its LiveKit room as it fills the form, in the seeds'
 * shape `{"type", "data", "timestamp"}` (timestamp: ISO 8601, UTC), so a LiveKit client keeps its form in
 * sync even without Guidepost's live stream:
 * - `wizard_field_update`: `{field, value, form_data}` (value `null` when cleared);
 * - `wizard_step_change`: `{current_step, form_data}` (a step id, or `review`);
 * - `wizard_complete`: `{form_data, ready_to_submit}`;
 * - `voice_input_unavailable`: `{reason}` when the speech recogniser fails and the guide falls back to text.
 */
export const VoiceDataMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('wizard_field_update'),
    data: z.object({ field: z.string(), value: z.unknown(), form_data: z.record(z.string(), z.unknown()) }),
    timestamp: z.string(),
  }),
  z.object({
    type: z.literal('wizard_step_change'),
    data: z.object({ current_step: z.string(), form_data: z.record(z.string(), z.unknown()) }),
    timestamp: z.string(),
  }),
  z.object({
    type: z.literal('wizard_complete'),
    data: z.object({ form_data: z.record(z.string(), z.unknown()), ready_to_submit: z.boolean() }),
    timestamp: z.string(),
  }),
  z.object({
    type: z.literal('voice_input_unavailable'),
    data: z.object({ reason: z.string() }),
    timestamp: z.string(),
  }),
]);
export type VoiceDataMessage = z.infer<typeof VoiceDataMessageSchema>;
