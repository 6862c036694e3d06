import type { Field } from '../../../core/wizard/definition.js';
import { splitSentences } from '../sentence-split.js';
import { insideDescription, isLongText } from './embedded.js';
import { freeTextAnswer, isFillerOnly } from './free-text.js';
import type { Candidate } from './plan.js';
import type { DescribedTurn } from './described-turn.js';
import { withoutSpans } from './spans.js';
import { withoutRequests } from './request-clause.js';
import { contentStems } from '../extract/normalize.js';

/**
 * A description said along with a choice, before either was asked. Pure.
 *
 * "I've a terrible toothache, upper right side, it's been throbbing since Saturday" chooses "Toothache" and
 * is the description the same step asks for ("Tell us more"): a careful listener keeps it rather than asking
 * for it again. A choice said as a clause of its own ("Toothache.", "a deep clean please") describes nothing.
 */

const CHOICE = new Set<Field['type']>(['single_select', 'multi_select']);

/** Fewest words a kept description has: a few words of chit-chat around an option are no description. */
const MIN_WORDS = 6;

/** Fewest content words a description has besides the values found in it. */
const MIN_OWN_WORDS = 3;

/**
 * Whether a description `d` says something of its own: once the words of every value found (`found`: the
 * choice, a name, an age) are cut, at least 3 content words are left. "I have a cat named Biscuit who is 4"
 * only introduces the cat; "a terrible toothache, upper right side, throbbing since Saturday" describes.
 * A list's span ("bath, nails") is cut item by item: "just a bath and her nails doing" only chooses.
 */
function describes(d: Candidate, found: Candidate[]): boolean {
  const rest = withoutSpans(
    String(d.value),
    found.flatMap((c) => (c.span ? c.span.split(/\s*,\s*/) : [])),
  );
  return contentStems(rest).filter((w) => /\p{L}/u.test(w)).length >= MIN_OWN_WORDS;
}

/**
 * Values for the unanswered long free-text fields (`isLongText`) of the step of a choice found in
 * `utterance` (`found`) whose words run inside the person's own sentence (`insideDescription`): the
 * utterance from the choice's sentence on (`fromChoice`), less what the person asks to have done
 * (`withoutRequests`: "need to file a claim"), read as that field's answer, less the other values said apart. Only for choices not asked
 * (`asked`) and not answered yet, and long text neither asked nor found; at least 6 words, not
 * pleasantries. Empty when none.
 */
export function describedAlong(turn: DescribedTurn): Candidate[] {
  const { nlu, utterance, found, asked, fields, snapshot, extract: ctx } = turn;
  const view = (name: string) => snapshot.fields.find((f) => f.name === name);
  const field = (name: string) => fields.find((f) => f.name === name);
  const isAsked = (name: string) => asked.some((f) => f.name === name);
  const out: Candidate[] = [];
  for (const c of found) {
    const choice = field(c.field);
    const step = view(c.field)?.step_id;
    if (!choice || !CHOICE.has(choice.type) || isAsked(c.field) || view(c.field)?.answered || !step) continue;
    if (!insideDescription(utterance, c.span, choice)) continue;
    const companions = fields.filter(
      (f) =>
        isLongText(f) &&
        view(f.name)?.step_id === step &&
        !view(f.name)?.answered &&
        !isAsked(f.name) &&
        !found.some((o) => o.field === f.name) &&
        !out.some((o) => o.field === f.name),
    );
    const apart = found.filter((o) => o !== c && !insideDescription(utterance, o.span, field(o.field)));
    for (const f of companions) {
      // "hit a deer on hwy 29 need to file a claim": the request to start is no part of the account
      const account = withoutRequests(fromChoice(utterance, c.span));
      const d = account ? freeTextAnswer(nlu, account, f, apart, fields, ctx) : null;
      const words = String(d?.value ?? '')
        .split(/\s+/)
        .filter(Boolean).length;
      if (d && d.confidence >= 0.75 && words >= MIN_WORDS && !isFillerOnly(d.value) && describes(d, found))
        out.push(d);
    }
  }
  return out;
}

/**
 * `utterance` from the sentence holding the choice's words on: the sentences before it are greetings or other
 * answers ("Hi there, hope you're well! I've a terrible toothache …" → "I've a terrible toothache …").
 * The whole utterance when the words are not found in one sentence.
 */
export function fromChoice(utterance: string, span: string | undefined): string {
  const all = splitSentences(utterance);
  const at = span ? all.findIndex((x) => x.toLowerCase().includes(span.toLowerCase())) : -1;
  return at > 0 ? all.slice(at).join(' ') : utterance;
}
