import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { fieldPhrases } from '../intents.js';
import type { Action, Plan } from './plan.js';
import { REMOVAL_VERB } from '../extract/removal-verbs.js';

/**
 * Removing a value or declining a field by name, anywhere in an utterance: "no phone please", "please remove
 * my phone number", "without a website", "skip the avatar". Pure.
 */

const VERB = String.raw`(?:no|without|skip\s+the|${REMOVAL_VERB}|clear|don't (?:need|want)|do not (?:need|want))`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field's phrases plus the first word of its label ("avatar" for "Avatar description"). */
function phrases(field: Field): string[] {
  const first = field.label.toLowerCase().split(/\s+/)[0] ?? '';
  return [...fieldPhrases(field), ...(first.length > 3 ? [first] : [])];
}

/**
 * Fields the words remove or decline by name ("no phone", "remove my phone number"), in definition order.
 * Yes/no fields are never removed: "no catering" answers them; nor are fields whose option the words are ("no
 * contract" for a contract length with the option "No contract — 30-day rolling").
 */
export function removedFields(utterance: string, fields: Field[]): Field[] {
  const text = utterance.toLowerCase().replace(/[\u2019]/g, "'");
  return fields.filter(
    (field) =>
      field.type !== 'boolean' && // "no catering" is the value false
      phrases(field).some((p) => {
        const m = new RegExp(String.raw`\b${VERB}\s+(?:my|the|our|a|an|any)?\s*${escape(p)}\b`).exec(text);
        // "the rolling one, no contract" for "No contract — 30-day rolling": an option's own words
        return !!m && !namesOption(field, m[0]);
      }),
  );
}

/** Whether `words` are said in an option's label or synonyms of `field` ("no contract"). */
function namesOption(field: Field, words: string): boolean {
  const said = words.trim();
  return (field.options ?? []).some((o) =>
    [o.label, ...(o.synonyms ?? [])].some((t) =>
      t
        .toLowerCase()
        .replace(/[\u2019]/g, "'")
        .includes(said),
    ),
  );
}

/**
 * `plan` with the removals done first: an answered field is cleared, an optional one is passed; values the
 * plan would set for a removed field are dropped. Required fields that are unanswered are left alone.
 */
export function withRemovals(plan: Plan, removed: Field[], snapshot: RunSnapshot): Plan {
  const actions: Action[] = [];
  const gone = new Set<string>();
  for (const field of removed) {
    const view = snapshot.fields.find((f) => f.name === field.name);
    if (!view) continue;
    if (view.answered) actions.push({ op: 'clear', field: field.name });
    if (!view.required) actions.push({ op: 'skip', field: field.name });
    if (view.answered || !view.required) gone.add(field.name);
  }
  if (gone.size === 0) return plan;
  const kept = plan.actions.filter((a) => a.op !== 'set' || !gone.has(a.candidate.field));
  const sets = kept.some((a) => a.op === 'set');
  return {
    ...plan,
    actions: [...actions, ...kept],
    advance: true,
    ...(sets ? {} : { remark: { kind: 'removed' } }),
  };
}
