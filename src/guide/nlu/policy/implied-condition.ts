import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { contentStems, inflectedAlike } from '../extract/normalize.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { fieldDef } from './questions.js';
import { clausesOf } from './taken-clauses.js';
import { namesOnlyFields } from './field-words-only.js';
import { isExpiryField, mentionsExpiry } from '../extract/expiry-date.js';

/**
 * A follow-up answered before the question that shows it: "I'm on a student visa" while "full right to work?"
 * is unanswered, "we claimed once" before "any claims?", "buffet please" before "catering?". The follow-up
 * (shown only when the controlling field has a value) is said, so the controlling field has that value, and
 * the follow-up has its own. Pure.
 */

/** Least confidence of the follow-up's reading. */
const SURE = 0.8;

/** A field and the value a condition wants it to have. */
export interface Wanted {
  field: string;
  value: unknown;
}

const isVar = (node: unknown): node is { var: string | [string] } =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && 'var' in node;

const varName = (node: { var: string | [string] }) =>
  String(Array.isArray(node.var) ? node.var[0] : node.var);

const isLiteral = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * The field and value that make a JSON Logic condition (https://jsonlogic.com) hold, for the simple forms:
 * `{"==": [{"var": x}, v]}` (either order, also `===`), `{"var": x}` (true), `{"!": {"var": x}}` (false),
 * and `{"!=": [{"var": x}, b]}` with a boolean `b` (its opposite). Null for any other condition.
 */
export function showingValue(condition: unknown): Wanted | null {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return null;
  if (isVar(condition)) return { field: varName(condition), value: true };
  const entries = Object.entries(condition);
  if (entries.length !== 1) return null;
  const [op, arg] = entries[0]!;
  if (op === '!' || op === '!!') {
    const inner = Array.isArray(arg) && arg.length === 1 ? arg[0] : arg;
    return isVar(inner) ? { field: varName(inner), value: op === '!!' } : null;
  }
  if (!Array.isArray(arg) || arg.length !== 2) return null;
  const [a, b] = arg;
  const [v, lit] = isVar(a) ? [a, b] : isVar(b) ? [b, a] : [undefined, undefined];
  if (!v || !isLiteral(lit)) return null;
  if (op === '==' || op === '===') return { field: varName(v), value: lit };
  if ((op === '!=' || op === '!==') && typeof lit === 'boolean') return { field: varName(v), value: !lit };
  return null;
}

const isSelect = (f: Field) => f.type === 'single_select' || f.type === 'multi_select';

/** Content stems of a field's name and label. */
const nameStems = (field: Field) => contentStems(`${field.name.replace(/_/g, ' ')} ${field.label}`);

/**
 * Whether `text` says a word (4 letters or more, inflected alike) of `field`'s name or label that no field of
 * `others` says: "no second shooter" names no "Preferred month for the engagement shoot" when "Second
 * shooter" is another field.
 */
function namesField(text: string, field: Field, others: Field[]): boolean {
  const shared = others.flatMap(nameStems);
  const own = nameStems(field).filter((s) => s.length >= 4 && !shared.some((o) => inflectedAlike(s, o, 4)));
  return contentStems(text).some((s) => own.some((o) => inflectedAlike(s, o, 4)));
}

/** A word that denies what its clause says ("no second shooter", "we don't need one", "never"). */
const DENIAL = /\b(?:no|not|never|none|without|nor)\b|n't\b/i;

/** Whether the clause of `utterance` that holds `span` denies (see DENIAL). */
export function deniedIn(utterance: string, span: string): boolean {
  const at = span.trim().toLowerCase();
  const clause = clausesOf(utterance).find((c) => c.text.toLowerCase().includes(at))?.text ?? span;
  return DENIAL.test(clause.replace(/\u2019/g, "'"));
}

/**
 * The follow-up's value said in its own words: an option of a select said, not guessed (read with every
 * fillable field in play, so another field's words stay that field's); any other value from a clause that
 * names the field by a word of its name or label ("we claimed once" for "Number of claims"), so a number
 * of another answer ("3 bedrooms") is no claims count. Null when none is sure.
 */
function followUpValue(
  nlu: Nlu,
  hidden: Field,
  fillable: Field[],
  others: Field[],
  utterance: string,
  ctx: ExtractContext,
): Candidate | null {
  const sure = (c: Candidate | null | undefined) =>
    c && c.confidence >= SURE && !c.extractor.startsWith('fuzzy') ? c : null;
  if (isSelect(hidden))
    return sure(nlu.extractAll(utterance, [...fillable, hidden], ctx).find((c) => c.field === hidden.name));
  // "I have one, it's good until 5/31/2028": a date said as an expiry names the field about one
  const names = (clause: string) =>
    namesField(clause, hidden, others) || (isExpiryField(hidden) && mentionsExpiry(clause));
  for (const clause of clausesOf(utterance).map((c) => c.text))
    if (names(clause)) {
      const c = sure(nlu.extractForField(clause, hidden, ctx));
      // "no engagement shoot" names the follow-up's field and says no value of it
      if (c && !namesOnlyFields(c.value, [...fillable, hidden])) return c;
    }
  return null;
}

/**
 * The values the turn's words imply (see the file comment): for each hidden field of `snapshot` whose
 * `show_if` is one of `showingValue`'s forms over a visible, unanswered field of `fillable`, when the hidden
 * field's own value is said in `utterance` (`followUpValue`), a candidate setting the controlling field to
 * the showing value, then the follow-up's. Empty when none is.
 */
export function impliedConditions(
  nlu: Nlu,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  fillable: Field[],
  utterance: string,
  ctx: ExtractContext,
): Candidate[] {
  const out: Candidate[] = [];
  for (const view of snapshot.fields) {
    if (view.visible) continue;
    const hidden = fieldDef(definition, view.name);
    const wanted = hidden ? showingValue(hidden.conditions?.show_if) : null;
    if (!hidden || !wanted || out.some((c) => c.field === wanted.field)) continue;
    const controller = snapshot.fields.find((f) => f.name === wanted.field);
    if (!controller?.visible || controller.answered || !fillable.some((f) => f.name === wanted.field))
      continue;
    const others = definition.steps
      .flatMap((s) => s.fields)
      .filter((f) => f.name !== hidden.name && f.name !== wanted.field);
    const read = followUpValue(nlu, hidden, fillable, others, utterance, ctx);
    // "no second shooter" affirms no other yes/no: a denying clause shows no follow-up asked on a yes
    if (!read || (wanted.value === true && deniedIn(utterance, read.span ?? utterance))) continue;
    out.push(
      {
        field: wanted.field,
        value: wanted.value,
        confidence: read.confidence,
        extractor: 'implied-condition',
        span: read.span ?? utterance,
      },
      read,
    );
  }
  return out;
}
