import { isFieldVisible } from '../../../core/wizard/conditions.js';
import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { fieldNamedIn, fieldPhrases } from '../intents.js';
import type { Action, Plan } from './plan.js';

/**
 * Undoing a part of the form at the review: "forget the advanced stuff, just use the defaults", "never mind
 * the extras, leave them off", "scrap the catering". The part named is a step (by its title), a choice that
 * shows other fields (by the option's label or synonyms: "advanced" of a configuration mode), or a field
 * with the fields it shows; its fields go back to their defaults, or are cleared when optional without one.
 * Pure.
 */

/**
 * Verbs that undo what was said for the part named right after them (a small list: the verbs of dropping
 * something): "forget (about)", "never mind", "scrap", "ditch", "drop", "undo", "skip", "cancel", "remove",
 * "lose", "get rid of", "don't bother with", "don't want/need", "no (need for)", "reset"; "leave" only with
 * "off" or "out" after the name ("leave the extras off").
 */
const UNDO_VERB = String.raw`(?:forget(?: about)?|never ?mind|scrap|ditch|drop|undo|skip|cancel|remove|lose|get rid of|don'?t bother with|(?:don'?t|do not) (?:want|need)|no need for|no|reset)`;
/** Words between the verb and the name ("forget about all the …", "drop those …"). */
const DETERMINERS = String.raw`(?:(?:the|all|my|our|those|these|that|any|of)\s+){0,3}`;

/** A verb after the name that makes it a statement about it ("no the catering is fine"), not its undoing. */
const STATEMENT = String.raw`(?:is|are|was|were|should|looks?|seems?|sounds?)\b`;

/**
 * Whether the words undo the part called `name`: an undo verb right before it ("never mind the extras",
 * "leave the extras off"), or after it with a pronoun ("the advanced settings, forget them"), or
 * "default(s)" in the same clause ("use the defaults for the extras").
 */
function undoes(text: string, name: string): boolean {
  const n = `(?<![a-z0-9])${escape(name)}(?![a-z0-9])`;
  return (
    new RegExp(`\\b${UNDO_VERB}\\s+${DETERMINERS}${n}(?!\\s+${STATEMENT})`, 'i').test(text) ||
    new RegExp(`\\bleave\\s+${DETERMINERS}${n}(?:\\s+\\w+)?\\s+(?:off|out)\\b`, 'i').test(text) ||
    new RegExp(`${n}[^.;!?]{0,30}?\\b(?:${UNDO_VERB}|leave)\\s+(?:them|it|those|that|these)\\b`, 'i').test(
      text,
    ) ||
    new RegExp(`\\bdefaults?\\b[^,.;!?]*${n}|${n}[^,.;!?]*\\bdefaults?\\b`, 'i').test(text)
  );
}

/** A part of the form the words can name, with the fields it holds. */
interface Group {
  names: string[];
  fields: Field[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The length of the longest of `names` the words undo (see `undoes`), or 0. */
function longestUndone(text: string, names: string[]): number {
  let best = 0;
  for (const raw of names) {
    const name = raw
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (name.length < 3 || name.length <= best) continue;
    if (undoes(text, name)) best = name.length;
  }
  return best;
}

/** The snapshot's answered values by field name. */
function answeredValues(snapshot: RunSnapshot): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of snapshot.fields) if (f.answered) values[f.name] = f.value;
  return values;
}

/**
 * The parts of the form: each step with fields; each option of a choice (or a yes/no's yes) together with
 * the fields it shows (visible with that value, hidden without the choice); each field with the fields it
 * shows.
 */
function groups(definition: WizardDefinition, snapshot: RunSnapshot): Group[] {
  const all = definition.steps.flatMap((s) => s.fields);
  const values = answeredValues(snapshot);
  const shownBy = (gate: Field, value: unknown) =>
    all.filter(
      (f) =>
        f.name !== gate.name &&
        isFieldVisible(f, { ...values, [gate.name]: value }) &&
        !isFieldVisible(f, { ...values, [gate.name]: undefined }),
    );
  const out: Group[] = [];
  for (const step of definition.steps)
    if (step.fields.length > 0)
      out.push({ names: [step.title, step.id.replace(/_/g, ' ')], fields: step.fields });
  for (const field of all) {
    const options =
      field.type === 'boolean'
        ? [{ value: true, names: [] as string[] }]
        : (field.options ?? []).map((o) => ({
            value: o.value as unknown,
            names: [o.label, ...(o.synonyms ?? [])],
          }));
    const shownByAny = new Set<Field>();
    for (const option of options) {
      const shown = shownBy(field, option.value);
      shown.forEach((f) => shownByAny.add(f));
      if (shown.length > 0 && option.names.length > 0)
        out.push({ names: option.names, fields: [field, ...shown] });
    }
    out.push({ names: fieldPhrases(field), fields: [field, ...shownByAny] });
  }
  return out;
}

/**
 * The actions that put `fields` back: a field with a default takes it, an optional one without is cleared,
 * a required yes/no without one is turned off (dropping a thing says no to it); other required fields are
 * kept. The fields a choice shows are cleared before the choice changes (they are hidden after it).
 */
function resetActions(fields: Field[], snapshot: RunSnapshot, utterance: string): Action[] {
  const actions: Action[] = [];
  for (const field of [...fields].reverse()) {
    const view = snapshot.fields.find((f) => f.name === field.name);
    if (!view) continue;
    const target =
      field.default !== undefined
        ? field.default
        : field.type === 'boolean' && field.required
          ? false
          : undefined;
    if (target !== undefined) {
      if (view.answered && JSON.stringify(view.value) === JSON.stringify(target)) continue;
      const candidate = { field: field.name, value: target, confidence: 1, extractor: 'reset' };
      actions.push({ op: 'set', candidate, utterance });
    } else if (!field.required && view.answered) actions.push({ op: 'clear', field: field.name });
  }
  // clears first: a shown field is hidden once its choice goes back
  return [...actions.filter((a) => a.op === 'clear'), ...actions.filter((a) => a.op !== 'clear')];
}

/** "use the defaults", "back to the defaults", "just keep the defaults" with no part named. */
const DEFAULTS_ONLY = /\b(?:use|keep|go with|stick with|back to|just)\b[^,.;!?]*\bdefaults\b/;

/**
 * The fields "the defaults" said with no field named go back to ("actually never mind all that, just use the
 * defaults"): those with a default and another value now, with the fields they show; undefined when the
 * words are no such request or no such field is found.
 */
function changedDefaults(
  text: string,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
): Field[] | undefined {
  const all = definition.steps.flatMap((s) => s.fields);
  if (!DEFAULTS_ONLY.test(text) || fieldNamedIn(text, all)) return undefined;
  const changed = new Set<Field>();
  for (const group of groups(definition, snapshot)) {
    const [field] = group.fields;
    const view = snapshot.fields.find((f) => f.name === field?.name);
    if (!field || field.default === undefined || !view?.answered) continue;
    if (JSON.stringify(view.value) === JSON.stringify(field.default)) continue;
    group.fields.forEach((f) => changed.add(f));
  }
  return changed.size > 0 ? all.filter((f) => changed.has(f)) : undefined;
}

/**
 * The plan that undoes the part of the form the words name ("forget the advanced stuff, just use the
 * defaults"), or null when the words undo nothing or name no part whose values would change. The longest
 * name said wins; the review is shown again after it.
 */
export function resetGroupPlan(
  utterance: string,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
): Plan | null {
  const text = utterance.toLowerCase().replace(/[\u2019]/g, "'");
  let best: { group: Group; length: number } | undefined;
  for (const group of groups(definition, snapshot)) {
    const length = longestUndone(text, group.names);
    if (length > (best?.length ?? 0)) best = { group, length };
  }
  const fields = best?.group.fields ?? changedDefaults(text, definition, snapshot);
  if (!fields) return null;
  const actions = resetActions(fields, snapshot, utterance);
  // a part already as it would be put back stays so (its option's words choose nothing); a required field
  // without a default is no part to undo
  const undoable = fields.every((f) => f.default !== undefined || !f.required || f.type === 'boolean');
  if (actions.length === 0 && !undoable) return null;
  const sets = actions.some((a) => a.op === 'set');
  return {
    actions,
    advance: false,
    correction: true,
    confirmBelow: 0,
    ...(sets ? {} : { remark: { kind: 'removed' } }),
  };
}
