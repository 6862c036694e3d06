import type { Field, Step } from '../../core/wizard/definition.js';
import { fieldExamples, joinReply, listWords, yourLabel } from './replies.js';
import { UNKNOWN_ANSWER } from './wizard-answer.js';

/**
 * Answers a person's question about the wizard from the wizard's own data: a field's options (with their
 * labels), whether it is required, why it is asked (its description, the step's instruction), or what the
 * guide can do. The caller asks its question again afterwards.
 */

/**
 * What a question is about: the options, whether the field is required ("do I have to?"), leave to give no
 * value ("can I skip this?", "is it ok if I don't know yet?"), why it is asked, the form of an answer
 * ("what format do you want the date in?"), the bounds of a number ("what's the minimum?"), what the guide
 * can do, or anything else.
 */
export type QuestionTopic =
  'options' | 'required' | 'skip' | 'why' | 'format' | 'bounds' | 'abilities' | 'about';

/** "what do you need my email for?", "what's it for?": the purpose, whatever verb comes before "for". */
const WHAT_FOR =
  /\bwhat\b[^?]*\bfor\s*\??\s*$|\bwhat (?:will|would|do) you do with\b|\bhow (?:will|would|do) you use\b/;
/**
 * Leave to give no value: "can I skip", "could we leave it blank", "is it ok/alright/fine if …", "would it
 * be a problem if …", "do you mind if …", "what if I don't know …".
 */
const SKIP =
  /\b(?:can|could|may) (?:i|we) (?:please |just )?(?:skip|leave|pass|omit|not)\b|\b(?:is it|it's|would it be|will it be|is that) (?:ok|okay|alright|all right|fine|a problem|an issue)\b|\bdo you mind if\b|\bwhat if (?:i|we) (?:don't|do not|can't|cannot)\b/;
/** The form of an answer: "what format …", "how should I write it", "in what form", "like what?". */
const FORMAT =
  /\bformat(?:ted)?\b|\bhow (?:do|should|can|must) (?:i|we) (?:write|enter|type|put|say|give|spell)\b|\bin (?:what|which) (?:form|way)\b|\bwhat should (?:it|that) look like\b|^like what\b/;
/**
 * Whether the field is needed: "do I have to", "do you need it", "is it required", "does the time matter",
 * "is it important". A bare "do" is no such cue: "do you share my answers?" asks something else.
 */
const REQUIRED =
  /\b(?:need|must|have to|need to|got to|required|mandatory|necessary|optional|obligatory|compulsory|essential|matters?|important)\b/;

/**
 * The bounds of a number or of a count of choices: "what's the minimum?", "is there a maximum?", "how many
 * can I put?", "what's the most I can pick?", "any limit?".
 */
const BOUNDS =
  /\b(?:minimum|maximum|min|max|limits?|at (?:least|most))\b|\b(?:(?:the )?(?:most|least|fewest|highest|lowest|smallest|largest|biggest)(?: number| amount)? (?:i|we|you) (?:can|could|may)|how (?:many|much|few|high|low) (?:can|could|may|should|must|do|am|are) (?:i|we|you)(?: (?:put|pick|choose|select|say|give|enter|have|go|do))?\s*\??\s*$)/;

/** The topic of a question ("what are the options?" → options, "do I have to?" → required). */
export function questionTopic(question: string): QuestionTopic {
  const q = question.toLowerCase().replace(/[\u2019]/g, "'");
  if (/\bwhat can (?:you|i) (?:do|say)\b|\bhow does this work\b|\bwho are you\b/.test(q)) return 'abilities';
  // "what are the budget bands?", "what voices do you have?", "which sizes are there?"
  if (
    /\bwhat are (?:the|your)\b|\b(?:what|which) (?:\w+ ){0,2}\w+s (?:are there|do you (?:have|offer|do)|can i (?:choose|pick|get))\b/.test(
      q,
    )
  )
    return 'options';
  if (BOUNDS.test(q)) return 'bounds';
  if (WHAT_FOR.test(q)) return 'why';
  if (SKIP.test(q)) return 'skip';
  if (FORMAT.test(q)) return 'format';
  if (REQUIRED.test(q) && !/\bwhy\b/.test(q)) return 'required';
  if (/\bwhy\b|\bwhat(?:'s| is) (?:it|that|this) for\b|\bwhat do you (?:use|need)\b/.test(q)) return 'why';
  if (
    /\b(?:options?|choices?|choose from|pick from|which ones?|what kinds?|what types?|difference|available|again)\b/.test(
      q,
    )
  )
    return 'options';
  return 'about';
}

function describeOptions(field: Field): string {
  const labels = (field.options ?? []).map((o) => o.label);
  if (labels.length === 0) return '';
  const verb = field.type === 'multi_select' ? 'You can pick any of' : 'The choices are';
  return `${verb} ${listWords(labels, field.type === 'multi_select' ? 'and' : 'or')}.`;
}

/** What the guide needs of a field, inside a sentence: "your event date", "a yes or no on catering". */
function needed(field: Field): string {
  return field.type === 'boolean'
    ? `a yes or no on ${field.label.replace(/\?$/, '').toLowerCase()}`
    : `your ${yourLabel(field.label)}`;
}

/**
 * How to give a field's value, from the wizard: "in your own words", the author's extraction hints as
 * examples (else examples by type), and a number's bounds.
 */
function describeFormat(field: Field): string {
  const hints = field.extraction_hints
    .map((h) => h.trim().replace(/^(?:e\.g\.|eg|for example)[,:]?\s*/i, ''))
    .filter(Boolean);
  const examples = hints.length > 0 ? sentence(`For example: ${hints.join('; ')}`) : fieldExamples(field);
  return joinReply('Just say it in your own words.', examples, field.type === 'number' && bounds(field));
}

/**
 * A number's bounds, or a multi_select's counts of choices, from the field's validation: "At least 4 and at
 * most 50.", "At least 1.", "At most 3."; '' without bounds (or for other types, whose min/max mean nothing
 * to say).
 */
function bounds(field: Field): string {
  if (field.type !== 'number' && field.type !== 'multi_select') return '';
  const { min, max } = field.validation ?? {};
  const parts = [
    typeof min === 'number' ? `at least ${min}` : '',
    typeof max === 'number' ? `at most ${max}` : '',
  ].filter(Boolean);
  const text = parts.join(' and ');
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : '';
}

function sentence(text: string | undefined): string {
  const t = text?.trim() ?? '';
  if (!t) return '';
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * The answer to a question about `field` (or, without one, about the step), in the wizard's words. Never
 * empty: with nothing to say it offers what the guide can do.
 */
export function answerQuestion(
  topic: QuestionTopic,
  field: Field | undefined,
  step: Pick<Step, 'title' | 'instruction'> | undefined,
  required: boolean,
  guideName: string,
): string {
  const abilities = `I'm ${guideName}: answer in your own words, ask me about a question, or say "go back", "skip" or "change the … to …".`;
  if (topic === 'abilities' || (!field && !step)) return abilities;
  if (!field) return sentence(step?.instruction) || abilities;
  const description = sentence(field.description);
  switch (topic) {
    case 'options':
      return describeOptions(field) || description || sentence(step?.instruction) || abilities;
    case 'required':
      return required
        ? joinReply(`Yes, I need ${needed(field)} to go on.`, description)
        : `No, it's optional — say "skip" to leave it out.`;
    case 'skip':
      return required
        ? joinReply(`Sorry, I do need ${needed(field)} to go on.`, description)
        : `Yes, it's optional — say "skip" to leave it out.`;
    case 'format':
      return describeFormat(field);
    case 'bounds':
      return bounds(field) || UNKNOWN_ANSWER;
    case 'why': {
      const reason = description || sentence(step?.instruction);
      const optional = required ? '' : ` It's optional, so you can also skip it.`;
      return `${reason || `It's part of "${step?.title ?? 'this form'}".`}${optional}`;
    }
    default:
      return (
        [description, describeOptions(field)].filter(Boolean).join(' ') ||
        sentence(step?.instruction) ||
        abilities
      );
  }
}
