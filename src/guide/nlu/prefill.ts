import type { Field } from '../../core/wizard/definition.js';
import type { BrainTurnInput } from '../types.js';
import { defaultNlu } from './nlu.js';
import { fillableFields } from './policy/questions.js';
import { referenceDateOf } from '../../core/wizard/snapshot.js';

/** Field types whose values the extractors recognise reliably anywhere in an utterance. */
const TYPED = new Set<Field['type']>([
  'email',
  'phone',
  'url',
  'date',
  'time',
  'datetime',
  'number',
  'color',
]);

/**
 * The hybrid brain's pre-fill pass: sets the values of strongly typed fields (email, phone, URL, dates,
 * times, numbers, colours) that the embedded extractors find in the user's words with confidence ≥ 0.9,
 * through the turn's tools. Returns one note per value set, e.g. `email = "ann@example.com"`. Refused
 * values are left for the LLM (no note).
 */
export async function prefillTypedFields(input: BrainTurnInput): Promise<string[]> {
  const fields = fillableFields(input.definition, input.snapshot).filter((f) => TYPED.has(f.type));
  if (fields.length === 0) return [];
  const agent = [...input.history].reverse().find((e) => e.role === 'agent')?.text;
  const candidates = defaultNlu.extractAll(input.userText, fields, {
    referenceDate: referenceDateOf(input.snapshot),
    defaultRegion: input.definition.settings.default_region,
    ...(agent !== undefined ? { agentUtterance: agent } : {}),
  });
  const notes: string[] = [];
  for (const c of candidates) {
    if (c.confidence < 0.9) continue;
    const r = await input.tools.set_wizard_field({
      field_name: c.field,
      value: c.value,
      confidence: c.confidence,
      utterance: input.userText,
      extractor: c.extractor,
    });
    if (r.ok) notes.push(`${c.field} = ${JSON.stringify(r.snapshot.values[c.field] ?? c.value)}`);
  }
  return notes;
}
