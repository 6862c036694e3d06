import type {
  Field,
  FieldType,
  JsonLogic,
  Step,
  WizardDefinition,
} from '../../../src/core/wizard/definition';
import { defaultField, uniqueName } from './field-defaults';
import { followOptionRenames } from './option-rename';

/**
 * Pure edits of a wizard draft: each returns a new definition and leaves its input untouched. Indexes are
 * 0-based; an index out of range leaves the draft as it is.
 */

/** `items` with the element at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item!);
  return copy;
}

/** Where an item that sat at `index` sits after moving `from` → `to` (for keeping a selection on it). */
export function indexAfterMove(index: number, from: number, to: number): number {
  if (index === from) return to;
  if (from < index && to >= index) return index - 1;
  if (from > index && to <= index) return index + 1;
  return index;
}

/** Every field name of the draft. */
export function fieldNames(draft: WizardDefinition): string[] {
  return draft.steps.flatMap((s) => s.fields.map((f) => f.name));
}

/** The fields a condition may read: every field of the draft except the excluded ones, in step order. */
export function fieldsExcept(
  draft: WizardDefinition,
  exclude: (field: Field, step: number) => boolean,
): Field[] {
  return draft.steps.flatMap((s, si) => s.fields.filter((f) => !exclude(f, si)));
}

/** Appends a new step ("Step N", id `step_n` made unique) and returns the draft and the new step's index. */
export function addStep(draft: WizardDefinition): { draft: WizardDefinition; index: number } {
  const n = draft.steps.length + 1;
  const id = uniqueName(
    `step_${n}`,
    draft.steps.map((s) => s.id),
  );
  const step: Step = { id, title: `Step ${n}`, fields: [] };
  return { draft: { ...draft, steps: [...draft.steps, step] }, index: draft.steps.length };
}

/** Replaces the properties of one step. */
export function updateStep(draft: WizardDefinition, index: number, patch: Partial<Step>): WizardDefinition {
  if (!draft.steps[index]) return draft;
  return { ...draft, steps: draft.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/** Removes one step (its fields go with it). */
export function removeStep(draft: WizardDefinition, index: number): WizardDefinition {
  return { ...draft, steps: draft.steps.filter((_, i) => i !== index) };
}

/** Moves a step to another position. */
export function moveStep(draft: WizardDefinition, from: number, to: number): WizardDefinition {
  return { ...draft, steps: moveItem(draft.steps, from, to) };
}

/**
 * Inserts a copy of a step right after it: a unique step id, the title + " (copy)", every field renamed to a
 * name no field of the draft has (`email` → `email_2`), and the copy's conditions and derivations that read
 * the original step's fields rewritten to the copies. Returns the draft and the copy's index (-1 when
 * `index` is out of range).
 */
export function duplicateStep(
  draft: WizardDefinition,
  index: number,
): { draft: WizardDefinition; index: number } {
  const original = draft.steps[index];
  if (!original) return { draft, index: -1 };
  const taken = fieldNames(draft);
  const names = new Map<string, string>();
  const fields = original.fields.map((field) => {
    const name = uniqueName(field.name, taken);
    taken.push(name);
    if (!names.has(field.name)) names.set(field.name, name);
    return { ...field, name };
  });
  const id = uniqueName(
    original.id,
    draft.steps.map((s) => s.id),
  );
  const copy = renameInStep({ ...original, id, title: `${original.title} (copy)`, fields }, names);
  const steps = [...draft.steps];
  steps.splice(index + 1, 0, copy);
  return { draft: { ...draft, steps }, index: index + 1 };
}

/** Appends a new field of a type to a step (see `defaultField`); returns the draft and the field's index. */
export function addField(
  draft: WizardDefinition,
  step: number,
  type: FieldType,
): { draft: WizardDefinition; index: number } {
  const target = draft.steps[step];
  if (!target) return { draft, index: -1 };
  const field = defaultField(type, fieldNames(draft));
  return {
    draft: updateStep(draft, step, { fields: [...target.fields, field] }),
    index: target.fields.length,
  };
}

/** Moves a field within its step. */
export function moveField(draft: WizardDefinition, step: number, from: number, to: number): WizardDefinition {
  const target = draft.steps[step];
  if (!target) return draft;
  return updateStep(draft, step, { fields: moveItem(target.fields, from, to) });
}

/** Removes a field from its step. Conditions that read it stay (the problems list them). */
export function removeField(draft: WizardDefinition, step: number, index: number): WizardDefinition {
  const target = draft.steps[step];
  if (!target) return draft;
  return updateStep(draft, step, { fields: target.fields.filter((_, i) => i !== index) });
}

/**
 * Moves a field to the end of another step (the same step: to its end). Conditions that read it stay as they
 * are (the problems list any it breaks). Returns the draft and the field's new index in `toStep` (-1, draft
 * unchanged, when a step or the index is out of range).
 */
export function moveFieldToStep(
  draft: WizardDefinition,
  fromStep: number,
  index: number,
  toStep: number,
): { draft: WizardDefinition; index: number } {
  const field = draft.steps[fromStep]?.fields[index];
  if (!field || !draft.steps[toStep]) return { draft, index: -1 };
  const removed = removeField(draft, fromStep, index);
  const fields = removed.steps[toStep]!.fields;
  return { draft: updateStep(removed, toStep, { fields: [...fields, field] }), index: fields.length };
}

/**
 * Inserts a copy of a field right after it, named uniquely across the draft (`email` → `email_2`) and
 * labelled "<label> (copy)". Returns the draft and the copy's index (-1 when out of range).
 */
export function duplicateField(
  draft: WizardDefinition,
  step: number,
  index: number,
): { draft: WizardDefinition; index: number } {
  const target = draft.steps[step];
  const original = target?.fields[index];
  if (!target || !original) return { draft, index: -1 };
  const copy = {
    ...original,
    name: uniqueName(original.name, fieldNames(draft)),
    label: `${original.label} (copy)`,
  };
  const fields = [...target.fields];
  fields.splice(index + 1, 0, copy);
  return { draft: updateStep(draft, step, { fields }), index: index + 1 };
}

/**
 * Replaces a field. When its `name` changed to one no other field has, the conditions and derivations that
 * read the old name are rewritten to the new one, so renaming a field never breaks the logic built on it.
 * Renamed option values are followed too (`followOptionRenames`: conditions comparing with them, the
 * default), unless the field's new name belongs to another field.
 */
export function replaceField(
  draft: WizardDefinition,
  step: number,
  index: number,
  field: Field,
): WizardDefinition {
  const target = draft.steps[step];
  const previous = target?.fields[index];
  if (!target || !previous) return draft;
  const next = updateStep(draft, step, { fields: target.fields.map((f, i) => (i === index ? field : f)) });
  const renamed = previous.name !== field.name;
  const clash = fieldNames(draft).includes(field.name);
  if (renamed && clash) return next;
  const referenced = renamed ? renameReferences(next, previous.name, field.name) : next;
  return followOptionRenames(referenced, step, index, previous);
}

/** Rewrites every `{"var": from…}` of conditions and skip conditions, and every `derive.from`, to `to`. */
export function renameReferences(draft: WizardDefinition, from: string, to: string): WizardDefinition {
  const names = new Map([[from, to]]);
  return { ...draft, steps: draft.steps.map((step) => renameInStep(step, names)) };
}

/** `step` with its skip condition, its fields' conditions and `derive.from` rewritten by `names` (old → new). */
function renameInStep(step: Step, names: ReadonlyMap<string, string>): Step {
  const rename = <T extends JsonLogic | undefined>(logic: T): T => renameVar(logic, names) as T;
  return {
    ...step,
    ...(step.skip_if && { skip_if: rename(step.skip_if) }),
    fields: step.fields.map((field) => ({
      ...field,
      ...(field.conditions && {
        conditions: Object.fromEntries(
          Object.entries(field.conditions).map(([key, logic]) => [key, rename(logic)]),
        ),
      }),
      ...(field.derive &&
        names.has(field.derive.from) && { derive: { ...field.derive, from: names.get(field.derive.from)! } }),
    })),
  };
}

/** JSON Logic with every `{"var": name…}` path whose field is a key of `names` rewritten to its new name. */
function renameVar(node: unknown, names: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => renameVar(n, names));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([op, arg]) => {
      if (op !== 'var') return [op, renameVar(arg, names)];
      const renamePath = (path: unknown) => {
        if (typeof path !== 'string') return path;
        const from = [...names.keys()].find((name) => path === name || path.startsWith(`${name}.`));
        return from === undefined ? path : names.get(from)! + path.slice(from.length);
      };
      return [op, Array.isArray(arg) ? [renamePath(arg[0]), ...arg.slice(1)] : renamePath(arg)];
    }),
  );
}
