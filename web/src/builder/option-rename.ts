import type { Field, JsonLogic, Option, WizardDefinition } from '../../../src/core/wizard/definition';

/**
 * Keeps conditions working when a select's option values are renamed: pure functions that find the renames
 * between two option lists and rewrite the literals compared with that field (conditions, `skip_if`, the
 * field's own `default`). Field renames are handled separately (`renameReferences` in `draft-edit.ts`).
 *
 * The builder calls this on every keystroke, so a value typed "a" → "ab" → "abc" carries the conditions
 * along step by step. A value that clashes with another option's value (or with one the field had before)
 * is not a rename: the conditions stay as they are, so those comparing with the other option keep meaning
 * it. The price: once the edited option passed through a clash, its old conditions no longer follow it. An
 * empty value is followed like any other, so clearing a value and typing a new one keeps its conditions.
 */

/** Old option value → new option value. */
export type OptionRenames = ReadonlyMap<string, string>;

/**
 * The option values renamed between `before` and `after` (a field's options before and after one edit).
 * The lists must be equally long; the option at position i is renamed when its value changed, its old value
 * was unique in `before` and is gone from `after`, and its new value is new to the field and unique in
 * `after`. A reorder, an added or a removed option, and a value clashing with another therefore give no
 * rename. Missing lists count as empty.
 */
export function optionRenames(before: readonly Option[] = [], after: readonly Option[] = []): OptionRenames {
  const renames = new Map<string, string>();
  if (before.length !== after.length) return renames;
  const count = (options: readonly Option[], value: string) =>
    options.filter((o) => o.value === value).length;
  before.forEach(({ value: from }, i) => {
    const to = after[i]!.value;
    const unique = count(before, from) === 1 && count(after, to) === 1;
    if (from !== to && unique && count(before, to) === 0 && count(after, from) === 0) renames.set(from, to);
  });
  return renames;
}

const COMPARISONS = new Set(['==', '!=', '===', '!==']);
/** Operations whose second argument runs per element of the first; the element's `var` name inside it. */
const ITERATIONS = new Map([
  ['some', ''],
  ['all', ''],
  ['none', ''],
  ['filter', ''],
  ['map', ''],
  ['reduce', 'current'],
]);

type Subject = (node: unknown) => boolean;

/** Whether `node` is `{"var": name}`, or `{"var": [name]}` / `{"var": [name, default]}`. */
const readsVar =
  (name: string): Subject =>
  (node) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
    const entries = Object.entries(node);
    if (entries.length !== 1 || entries[0]![0] !== 'var') return false;
    const path: unknown = entries[0]![1];
    return Array.isArray(path) ? path[0] === name : path === name;
  };

const nothing: Subject = () => false;

function walk(node: unknown, subject: Subject, renames: OptionRenames): unknown {
  if (Array.isArray(node)) return node.map((n) => walk(n, subject, renames));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([op, args]) => [op, walkArgs(op, args, subject, renames)]),
  );
}

function walkArgs(op: string, args: unknown, subject: Subject, renames: OptionRenames): unknown {
  if (!Array.isArray(args)) return walk(args, subject, renames);
  const value = (x: unknown) => (typeof x === 'string' ? (renames.get(x) ?? x) : walk(x, subject, renames));
  if (COMPARISONS.has(op) && args.length === 2) {
    const [a, b] = args as [unknown, unknown];
    if (subject(a)) return [a, value(b)];
    if (subject(b)) return [value(a), b];
  }
  if (op === 'in' && args.length === 2) {
    const [needle, haystack] = args as [unknown, unknown];
    if (subject(haystack)) return [value(needle), haystack];
    if (subject(needle) && Array.isArray(haystack)) return [needle, haystack.map(value)];
  }
  const element = ITERATIONS.get(op);
  if (element !== undefined) {
    const inner = subject(args[0]) ? readsVar(element) : nothing;
    return args.map((arg, i) => walk(arg, i === 1 ? inner : subject, renames));
  }
  return walk(args, subject, renames);
}

/**
 * `logic` with every string literal compared with the field `fieldName` renamed. Compared means: either
 * side of `==`, `!=`, `===`, `!==` against `{"var": fieldName}`; the needle of `{"in": [v, {"var": f}]}`
 * (contains / includes); the list items of `{"in": [{"var": f}, [a, b]]}` (is one of); and, inside
 * `some`/`all`/`none`/`filter`/`map` over the field, the same shapes against the element `{"var": ""}`
 * (`{"some": [{"var": f}, {"in": [{"var": ""}, [a, b]]}]}`, includes any/none of). `!`, `and`, `or` and any
 * other operation are walked through. Inside an iteration over something else, `{"var": f}` reads the
 * element, not the field, so it is left alone; literals compared with other fields are never touched.
 */
export function renameOptionLiterals(logic: JsonLogic, fieldName: string, renames: OptionRenames): JsonLogic {
  return renames.size === 0 ? logic : (walk(logic, readsVar(fieldName), renames) as JsonLogic);
}

/** `field` with its `default` (one value, or a list of values) renamed. */
export function renameDefault(field: Field, renames: OptionRenames): Field {
  const rename = (x: unknown) => (typeof x === 'string' ? (renames.get(x) ?? x) : x);
  const value = field.default;
  const renamed = Array.isArray(value) ? value.map(rename) : rename(value);
  const changed = Array.isArray(value)
    ? value.some((x, i) => x !== (renamed as unknown[])[i])
    : renamed !== value;
  return changed ? { ...field, default: renamed } : field;
}

/**
 * Follows the option renames of one field edit through the draft. `draft` already holds the edited field at
 * `steps[step].fields[index]`; `previous` is that field before the edit. The renames (see
 * {@link optionRenames}) are applied to its `default` and, for its current name, to the literals of every
 * field's conditions and every step's `skip_if` (see {@link renameOptionLiterals}). Without renames, or
 * with no field at that place, `draft` is returned as is.
 */
export function followOptionRenames(
  draft: WizardDefinition,
  step: number,
  index: number,
  previous: Field,
): WizardDefinition {
  const edited = draft.steps[step]?.fields[index];
  const renames = optionRenames(previous.options, edited?.options);
  if (!edited || renames.size === 0) return draft;
  const rename = (logic: JsonLogic) => renameOptionLiterals(logic, edited.name, renames);
  return {
    ...draft,
    steps: draft.steps.map((s, si) => ({
      ...s,
      ...(s.skip_if && { skip_if: rename(s.skip_if) }),
      fields: s.fields.map((f, fi) => {
        const own = si === step && fi === index ? renameDefault(f, renames) : f;
        if (!own.conditions) return own;
        const conditions = Object.entries(own.conditions).map(([key, logic]) => [
          key,
          logic && rename(logic),
        ]);
        return { ...own, conditions: Object.fromEntries(conditions) };
      }),
    })),
  };
}
