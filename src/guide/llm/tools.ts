import { tool } from 'ai';
import { z } from 'zod';
import type { WizardDefinition } from '../../core/wizard/definition.js';
import type { RunSnapshot } from '../../core/wizard/snapshot.js';
import type { GuideToolbox, ToolResult } from '../types.js';
import { createSidekickTools } from './sidekick-tools.js';

/** Name recorded as the `extractor` of values the LLM guide sets. */
export const LLM_EXTRACTOR = 'llm';

/** A value any field type accepts as raw input; the run engine normalises and validates it. */
export const ToolValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/** What each tool returns to the model: compact JSON, without the full snapshot. */
export interface CompactToolResult {
  ok: boolean;
  message?: string;
  error?: string;
  status: RunSnapshot['status'];
  /** Current step id, or "review" on the review page. */
  current_step: string;
  /** The current step's question, to ask next. */
  next_question?: string;
  missing_in_step: string[];
  missing_required: string[];
}

/** Options of the tool set: the user's words (recorded as provenance) and a hook seeing every result. */
export interface GuideToolsOptions {
  utterance?: string;
  onResult?: (result: ToolResult) => void;
}

/**
 * The zod input schemas of the guide's tools for one wizard: `field_name` is an enum of the wizard's field
 * names, `step_id` an enum of its step ids, `value` a string | number | boolean | string[] union.
 * An unknown field or step fails the schema, so the AI SDK reports it to the model before the engine runs.
 */
export function buildToolSchemas(definition: WizardDefinition) {
  const fieldNames = definition.steps.flatMap((s) => s.fields.map((f) => f.name));
  const stepIds = definition.steps.map((s) => s.id);
  const fieldName = (
    fieldNames.length > 0 ? z.enum(fieldNames as [string, ...string[]]) : z.string()
  ).describe("The field's name, exactly as listed in the system prompt.");
  return {
    set_wizard_field: z.object({
      field_name: fieldName,
      value: ToolValueSchema.describe(
        'The value: option value(s) for selects, a number, true/false, or text (dates YYYY-MM-DD).',
      ),
      confidence: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe('How sure you are of the value, 0..1; below 0.7 means you will ask the user to confirm.'),
    }),
    clear_wizard_field: z.object({ field_name: fieldName }),
    wizard_go_to_step: z.object({
      step_id: z.enum(stepIds as [string, ...string[]]).describe('The id of the step to go to.'),
    }),
    empty: z.object({}),
  };
}

/** Turns a toolbox result into the compact JSON the model sees. */
export function compactResult(result: ToolResult): CompactToolResult {
  const s = result.snapshot;
  const base = {
    status: s.status,
    current_step: s.is_review ? 'review' : s.current_step_id,
    ...(s.current_step?.voice_prompt && !s.is_review ? { next_question: s.current_step.voice_prompt } : {}),
    missing_in_step: s.missing_in_step,
    missing_required: s.missing_required,
  };
  return result.ok
    ? { ok: true, message: result.message, ...base }
    : { ok: false, error: result.error, ...base };
}

/**
 * The guide's tools as AI SDK tools over a toolbox. Each `execute` issues one toolbox call (a validated
 * run-engine command, recorded for the turn) and returns a `CompactToolResult`; a refused value comes back
 * as `ok: false` with the engine's error for the model to re-ask.
 */
export function createGuideTools(
  definition: WizardDefinition,
  toolbox: GuideToolbox,
  options: GuideToolsOptions = {},
) {
  const schemas = buildToolSchemas(definition);
  const run = async (call: Promise<ToolResult>): Promise<CompactToolResult> => {
    const result = await call;
    options.onResult?.(result);
    return compactResult(result);
  };
  return {
    set_wizard_field: tool({
      description:
        'Set one wizard field to a value the user gave. Call once per field; several calls in one turn are fine.',
      inputSchema: schemas.set_wizard_field,
      execute: ({ field_name, value, confidence }) =>
        run(
          toolbox.set_wizard_field({
            field_name,
            value,
            ...(confidence !== undefined ? { confidence } : {}),
            ...(options.utterance !== undefined ? { utterance: options.utterance } : {}),
            extractor: LLM_EXTRACTOR,
          }),
        ),
    }),
    clear_wizard_field: tool({
      description: "Clear a field's value (the user withdrew or wants to re-answer it).",
      inputSchema: schemas.clear_wizard_field,
      execute: ({ field_name }) => run(toolbox.clear_wizard_field({ field_name })),
    }),
    wizard_next_step: tool({
      description: "Go to the next step once the current step's required fields are answered.",
      inputSchema: schemas.empty,
      execute: () => run(toolbox.wizard_next_step()),
    }),
    wizard_previous_step: tool({
      description: 'Go back to the previous step.',
      inputSchema: schemas.empty,
      execute: () => run(toolbox.wizard_previous_step()),
    }),
    wizard_go_to_step: tool({
      description: 'Jump to a step by id, e.g. to change an earlier answer.',
      inputSchema: schemas.wizard_go_to_step,
      execute: ({ step_id }) => run(toolbox.wizard_go_to_step({ step_id })),
    }),
    get_wizard_state: tool({
      description: 'Read the current state: step, answered fields, what is still required.',
      inputSchema: schemas.empty,
      execute: () => run(toolbox.get_wizard_state()),
    }),
    apply_wizard_option_set: tool({
      description:
        'Press a field of type apply_button (never set it): do it when the user asks to apply their choice.',
      inputSchema: schemas.clear_wizard_field,
      execute: ({ field_name }) => run(toolbox.apply_wizard_option_set({ field_name })),
    }),
    complete_wizard: tool({
      description: 'Submit the wizard. Only after summarising the answers and the user confirming.',
      inputSchema: schemas.empty,
      execute: () => run(toolbox.complete_wizard()),
    }),
    ...createSidekickTools(definition, toolbox, run),
  };
}

/** The tool set type of `createGuideTools`. */
export type GuideTools = ReturnType<typeof createGuideTools>;
