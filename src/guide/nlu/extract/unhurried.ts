import type { Field } from '../../../core/wizard/definition.js';

/**
 * "no rush", "no hurry", "not in a hurry", "no pressure", "not urgent": words about time. Their "no" answers
 * a question about urgency or timing ("Is it urgent?" → no) and nothing else: said while "Would you like an
 * EV charger?" is asked, "no rush" is no "No".
 */
const UNHURRIED =
  /\b(?:no|not\s+(?:in\s+)?(?:a|any|much\s+of\s+a)|in\s+no)\s+(?:rush|hurry|pressure|urgency)\b(?:\s+at\s+all)?|\bnot\s+(?:urgent|pressing|time[\s-]sensitive)\b/gi;

const UNHURRIED_ONE = new RegExp(UNHURRIED.source, 'i');

/** Words of a field about urgency or timing, in its name, label, description or options. */
const TIMING =
  /\b(?:urgen\w*|asap|soon\w*|rush\w*|hurr\w*|timelines?|timeframes?|time\s+frame|when|emergenc\w*|priorit\w*|quick\w*|fast\w*|expedit\w*|deadlines?|start\w*|schedul\w*)\b/i;

/** Whether a field asks about urgency or timing (see `TIMING`). */
function aboutTiming(field: Field): boolean {
  const texts = [
    field.name.replace(/_/g, ' '),
    field.label,
    field.description ?? '',
    ...(field.options ?? []).map((o) => o.label),
  ];
  return texts.some((t) => TIMING.test(t));
}

/**
 * `utterance` without its unhurried phrases, for a yes/no or option field that is not about timing; unchanged
 * for one that is. "no rush honestly" → "honestly" for an EV-charger question; kept whole for "How urgent is
 * it?". The words left keep their spelling, so spans read from them are spans of the utterance.
 */
export function withoutUnhurried(utterance: string, field: Field): string {
  if (!UNHURRIED_ONE.test(utterance) || aboutTiming(field)) return utterance;
  return utterance.replace(UNHURRIED, ' ').replace(/\s+/g, ' ').trim();
}
