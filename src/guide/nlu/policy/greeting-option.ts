import type { Field } from '../../../core/wizard/definition.js';
import { socialKind, type Acts } from '../acts.js';
import type { ExtractContext, Nlu } from './plan.js';

/** Field types whose options a greeting word can name ("Morning (8am – 12pm)", "Evening"). */
const OPTION_TYPES = new Set<Field['type']>(['single_select', 'multi_select']);

/**
 * The acts of an utterance read as an answer when what looked like only a greeting names an option of the
 * asked field: "morning" or "evening!" to "Which time slot? Morning, Afternoon or Evening" chooses a slot,
 * where the same word to "What's your name?" only greets. `acts` unchanged otherwise (content left, a field
 * without options, words that name none of them: "hi" to the time slot, or an aside or thanks rather than a
 * greeting: "sorry, one sec").
 */
export function greetingAsOption(
  acts: Acts,
  utterance: string,
  asked: Field | undefined,
  nlu: Nlu,
  extract: ExtractContext,
): Acts {
  if (acts.content !== '' || !acts.social || !asked || !OPTION_TYPES.has(asked.type)) return acts;
  const said = utterance.trim();
  // "sorry, one sec" is an aside: its words answer nothing ("one" is no "Under $5,000")
  if (socialKind(said) !== 'greeting') return acts;
  if (!nlu.extractForField(said, asked, extract)) return acts;
  return { ...acts, content: said, social: false };
}
