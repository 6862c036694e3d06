import type { Field, Step } from '../../core/wizard/definition.js';
import { listWords } from './replies.js';

/**
 * Answers a person's question about the wizard from the wizard's own data: a field's options (with their
 * labels), whether it is required, why it is asked (its description, the step's instruction), or what the
 * guide can do. The caller asks its question again afterwards.
 */

/** What a question is about. */
export type QuestionTopic = 'options' | 'required' | 'why' | 'abilities' | 'about';

/** The topic of a question ("what are the options?" → options, "do I have to?" → required). */
export function questionTopic(question: string): QuestionTopic {
  const q = question.toLowerCase();
  if (/\bwhat can (?:you|i) (?:do|say)\b|\bhow does this work\b|\bwho are you\b/.test(q)) return 'abilities';
  // "what are the budget bands?", "what voices do you have?", "which sizes are there?"
  if (
    /\bwhat are (?:the|your)\b|\b(?:what|which) (?:\w+ ){0,2}\w+s (?:are there|do you (?:have|offer|do)|can i (?:choose|pick|get))\b/.test(
      q,
    )
  )
    return 'options';
  if (
    /\b(?:do|must|have to|need to|got to|required|mandatory|necessary|optional|obligatory|can i skip|could i skip)\b/.test(
      q,
    ) &&
    !/\bwhy\b/.test(q)
  )
    return 'required';
  if (/\bwhy\b|\bwhat for\b|\bwhat(?:'s| is) (?:it|that|this) for\b|\bwhat do you (?:use|need)\b/.test(q))
    return 'why';
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
        ? `Yes, I need your ${field.label.toLowerCase()} to go on.`
        : `No, it's optional — say "skip" to leave it out.`;
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
