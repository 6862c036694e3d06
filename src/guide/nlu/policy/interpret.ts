import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { DescribedTurn } from './described-turn.js';
import { declines, isAcknowledgement, readActs } from '../acts.js';
import { defersApproval } from '../deferred-approval.js';
import {
  detectCommand,
  detectFieldMention,
  fieldNamedIn,
  isContinue,
  noPreferenceFields,
} from '../intents.js';
import type { DialogueMemory } from '../memory.js';
import {
  RESTATED,
  acceptsOffer,
  askedFields,
  extractAnswer,
  freeTextAnswer,
  holdsAll,
  isBorrowedOptionWord,
  isFillerOnly as isFillerOnlyAnswer,
  isFreeText,
  isSpurious,
  offeredValues,
} from './answers.js';
import { acceptsResult } from './offers.js';
import { answerAlong, nonInformingPlan } from './acts-plan.js';
import { questionsAlong } from './asked-along.js';
import { valueBeforeRemark } from './value-before-remark.js';
import { isLongText } from './embedded.js';
import { noteOutOfTurn } from './note-out-of-turn.js';
import { pointedOption } from './pointed-option.js';
import { greetingAsOption } from './greeting-option.js';
import { detailsFields, impliedYes } from './boolean-details.js';
import { commandPlan } from './commands.js';
import { removedFields, withRemovals } from './removals.js';
import { answersElsewhere, openElsewhere } from './open-elsewhere.js';
import { outOfRangeStray } from './out-of-range.js';
import { withTopicYesNo } from './topic-yes-no.js';
import { withNamedYesNo } from './named-yes-no.js';
import { preferNewSiblings } from './new-siblings.js';
import { keepMonthOfDay } from './day-only.js';
import { typedExtras } from './typed-extras.js';
import { promptAskedFields } from './prompt-fields.js';
import { withPromptYesNo } from './prompt-yes-no.js';
import { describedAlong } from './early-description.js';
import { describedWithName } from './described-name.js';
import { describedLook } from './described-look.js';
import { describedUnnamed, isGuessFor } from './described-unnamed.js';
import { spansOverlap } from './spans.js';
import { remarkAlong } from './remark-along.js';
import { isCueOfAnother } from './field-cue.js';
import { spellingFix } from './spelling.js';
import { namePartFix } from './name-part.js';
import { outsideRefusal, replacedValue } from './replaced-value.js';
import { backReason } from './back-reason.js';
import { prefersOther } from './preferred-other.js';
import { keepHalfOfDay } from './time-half.js';
import { laterSentences } from './later-sentences.js';
import { declinedOther } from './declined-other.js';
import { movedOnFields, nextStepSelects } from './moved-on.js';
import { isStrayOverwrite } from './stray-values.js';
import { isWeakMomentOverwrite } from './weak-moment.js';
import { withoutIncidentalOverwrites } from './incidental-overwrite.js';
import { withoutSiblingMisfits } from './sibling-misfit.js';
import { restatesNamedField, withoutCorrectionWords } from './named-correction.js';
import { sharedNameAnswer } from './shared-name.js';
import { namedSegments } from '../segments.js';
import { goBackTo, goBackValue } from './go-back-to.js';
import { correctedNumberField } from './corrected-number.js';
import {
  correctedTail,
  correctsEarlier,
  patchedDigits,
  preferCorrected,
  rereadNumbers,
} from './corrections.js';
import type { Action, Candidate, ExtractContext, Nlu, Plan } from './plan.js';
import { remarkOnly } from './plan.js';
import { currentStepFields, fieldDef, fillableFields } from './questions.js';
import { extendsList, repeatsPart } from './list-extension.js';
import { resetGroupPlan } from './reset-group.js';
import { LIST_EDIT, editedLists } from './list-edits.js';
import { withChangedOptions } from './changed-option.js';
import { wizardClauses } from '../wizard-answer.js';
import { takenBackYes } from './taken-back-yes.js';
import { revisedYesNo } from './revised-yes-no.js';
import { revisedCondition } from './revised-condition.js';
import { afterRefusal, guessVerdict, otherOfTwo, withRefusedGuess } from './confirm-reply.js';

/** Everything `interpretTurn` reads. */
export interface TurnContext {
  definition: WizardDefinition;
  snapshot: RunSnapshot;
  memory: DialogueMemory;
  userText: string;
  nlu: Nlu;
  extract: ExtractContext;
  lowConfidence: number;
  /**
   * Evaluation mode (the brain's `dontCareValue` is set): no low-confidence confirmations, and "don't care"
   * is noted even for required fields.
   */
  dontCareValue?: string;
}

/**
 * Reads one user turn into a plan: commands first ("go back", "skip", "repeat that", "start over",
 * "help"), then explicit field statements and corrections ("change the name to Bob"), then the answer to
 * whatever was asked (a field, a confirmation, the review, an informational step). Pure.
 */
export function interpretTurn(turn: TurnContext): Plan {
  const { snapshot, memory } = turn;
  if (snapshot.status !== 'active') return remarkOnly({ kind: 'already_done' });
  const fields = fillableFields(turn.definition, snapshot);
  const askedField = 'field' in memory.asked ? fieldDef(turn.definition, memory.asked.field) : undefined;
  // "morning" to the time slot names an option, though it greets elsewhere
  const acts = greetingAsOption(readActs(turn.userText), turn.userText, askedField, turn.nlu, turn.extract);
  const command = detectCommand(acts.content);
  if (command) {
    // "go back a sec, I want to change the budget": the field the reason names is asked, wherever it is;
    // "go back a second, the company should be Acme LLP": it takes the value the reason gives
    const named = command === 'back' ? backReason(acts.content, fields, snapshot) : undefined;
    if (named) {
      const given = informingPlan(turn, fields, named.reason);
      const sets = (a: Action) => a.op === 'set' && a.candidate.field === named.field.name;
      if (given.actions.some(sets)) return { ...given, correction: true };
      return remarkOnly({ kind: 'ask_field', field: named.field.name });
    }
    return commandPlan(memory, snapshot, command);
  }
  const actsContext = {
    acts,
    utterance: turn.userText,
    fields,
    snapshot,
    memory,
    nlu: turn.nlu,
    extract: turn.extract,
    guideName: turn.definition.guide.name,
    clauses: wizardClauses(turn.definition),
    ...(askedField ? { asked: askedField } : {}),
  };
  // "what does a barista do?" … "ok, that one then": the option asked about is chosen
  const pointed = pointedOption(acts.content, memory.discussed);
  if (pointed) {
    const rest = pointed.rest ? informingPlan(turn, fields, pointed.rest) : null;
    const others = (rest?.actions ?? []).filter(
      (a) => !(a.op === 'set' && a.candidate.field === pointed.candidate.field),
    );
    const chosen = { op: 'set' as const, candidate: pointed.candidate, utterance: turn.userText };
    return {
      actions: [chosen, ...others],
      advance: true,
      correction: false,
      confirmBelow: rest?.confirmBelow ?? 0,
    };
  }
  const other = nonInformingPlan(actsContext);
  if (other) return other;
  // "what's the phone for? it's 0412 555 018": the answer is read without the question, which is answered
  const along = questionsAlong(acts.content, fields, turn.nlu, turn.extract, askedField);
  const plan = informingPlan(turn, fields, along?.rest ?? acts.content);
  const question = [...acts.asides, ...(along?.questions ?? [])][0];
  // "what's the difference between X and Y? the kids stream a lot": when the rest gives nothing, the
  // question is answered instead of asking again
  const unheard = plan.remark?.kind === 'not_understood' && !plan.actions.some((a) => a.op === 'set');
  const answer = question && (!plan.remark || unheard) ? answerAlong(question, actsContext) : null;
  return answer ? { ...plan, remark: { kind: 'answer', text: answer } } : plan;
}

/** The plan of the words that inform or correct (`said`: the turn's content, questions beside it cut). */
function informingPlan(turn: TurnContext, fields: Field[], said: string): Plan {
  const { snapshot } = turn;
  // "416 555 0198, sorry, 0189 at the end": the number as corrected, wherever the words go next
  const content = patchedDigits(said) ?? said;
  const spelled = spellingFix(content, fields, snapshot) ?? namePartFix(content, fields, snapshot);
  if (spelled)
    return {
      actions: [{ op: 'set', candidate: spelled, utterance: turn.userText }],
      advance: true,
      correction: true,
      confirmBelow: 0,
    };
  const ctx = { ...turn, userText: content };
  // "it's Acme Labs, not Acme Lab": the answered value refused by its words takes the new words
  const replaced = replacedValue(content, fields, snapshot, turn.extract, (text, field, referenceDate) =>
    turn.nlu.extractForField(text, field, referenceDate ? { ...turn.extract, referenceDate } : turn.extract),
  );
  if (replaced) {
    // "a smiling grandmother with an apron. And the name is Tavola, not Bella Tavola": the other sentences
    // answer as usual
    const rest = outsideRefusal(said);
    const other = rest.trim() ? answerTurn({ ...ctx, userText: rest }, fields).actions : [];
    const sets = other.filter((a) => a.op === 'set' && a.candidate.field !== replaced.field);
    const plan = answerPlan(ctx, [replaced], true);
    return sets.length > 0 ? { ...plan, actions: [...sets, ...plan.actions] } : plan;
  }
  // "wait can i go back to the bedrooms? its 2 not 1": the field named, with its new value
  const back = goBackTo(content, fields);
  if (back) {
    const value = goBackValue(back, turn.nlu, turn.extract);
    if (value) return answerPlan(ctx, [value], true);
    if (!back.rest) return remarkOnly({ kind: 'ask_field', field: back.field.name });
  }
  const removed = removedFields(ctx.userText, fields);
  const answered = answerTurn(ctx, fields);
  // "no, and the budget is under $50" to "Did you mean …?": the guess goes whatever else is said
  const plan =
    turn.memory.asked.kind === 'confirm'
      ? withRefusedGuess(answered, turn.memory.asked.field, content)
      : answered;
  return removed.length > 0 ? withRemovals(plan, removed, snapshot) : plan;
}

/**
 * The values the sentences after a typed value's own give (see `laterSentences`), read as a turn of their own,
 * for fields other than those of `found`.
 */
function laterAnswers(ctx: TurnContext, fields: Field[], tails: string[], found: Candidate[]): Candidate[] {
  return tails
    .filter((t) => t.replace(/[\W_]+/g, ''))
    .flatMap((t) => answerTurn({ ...ctx, userText: t }, fields).actions)
    .flatMap((a) =>
      a.op === 'set' && !found.some((c) => c.field === a.candidate.field) ? [a.candidate] : [],
    );
}

/** The names of the fields the guide's last line asked: the asked field, or those an outside agent's line asks. */
function askedNames(ctx: TurnContext, fields: Field[]): string[] {
  const asked = ctx.memory.asked;
  if (asked.kind === 'field' || asked.kind === 'confirm') return [asked.field];
  return asked.kind === 'agent' ? askedFields(ctx.nlu, asked.text, fields).map((f) => f.name) : [];
}

/** The plan of a turn that informs or corrects: field statements first, then the answer to what was asked. */
function answerTurn(ctx: TurnContext, fields: Field[]): Plan {
  const { memory } = ctx;
  // "moving from Boston to Raleigh, budget 5k": a route's label said in its route is no field statement
  const stated = namedSegments(ctx.userText, fields, askedNames(ctx, fields));
  const route =
    ctx.nlu.routeAnswer?.(
      ctx.userText,
      stated.map((s) => s.field),
      fields,
    ) ?? [];
  const segments = stated.filter((s) => !route.some((c) => c.field === s.field.name));
  if (segments.length > 0) {
    // "call it Support Buddy, and can the web address be just buddy?": the words before the first named
    // clause are read as usual; each named clause gives its field's value, the corrected words when it
    // corrects itself ("the name is Adaeze, no wait, make it Ada Styles" → Ada Styles)
    const named: Candidate[] = [];
    // "our budget is more like 60k. and yes you can contact me": a typed value's later sentences answer as usual
    const tails: string[] = [];
    for (const s of segments) {
      const said = correctedTail(s.value) ?? s.value;
      const readAs = (f: Field, text: string) => freeTextAnswer(ctx.nlu, text, f, [], fields, ctx.extract);
      // "web address should be ledger-bot, plain ledger is probably taken": a short value before its remark
      const before = isFreeText(s.field) && !isLongText(s.field) ? valueBeforeRemark(said) : null;
      // "Queensland. Number: 88213046": a name two fields share gives the field that reads the words
      const c = sharedNameAnswer(
        s,
        (f) => readAs(f, said) ?? (before && f === s.field ? readAs(f, before) : null),
        (f) => ctx.snapshot.fields.some((v) => v.name === f.name && v.answered),
      );
      if (c) named.push({ ...c, confidence: Math.max(c.confidence, 0.75) });
      const taker = c ? (fields.find((f) => f.name === c.field) ?? s.field) : s.field;
      if (c && !isFreeText(taker)) tails.push(laterSentences(s.value, c.span));
    }
    if (named.length > 0)
      named.push(
        ...typedExtras(ctx.nlu, ctx.userText, fields, ctx.extract, named).filter(
          (c) => !isAnsweredElsewhere(ctx, c),
        ),
      );
    const lead = ctx.userText.slice(0, segments[0]!.start).replace(/[\s,;:.-]+$/, '');
    const plan = lead.replace(/[\W_]+/g, '') ? answerTurn({ ...ctx, userText: lead }, fields) : undefined;
    const correction = correctsEarlier(ctx.userText);
    named.push(...laterAnswers(ctx, fields, tails, named));
    if (named.length > 0 && !plan?.actions.some((a) => a.op === 'set'))
      return answerPlan(ctx, named, correction);
    if (named.length > 0 && plan) {
      const taken = new Set(named.map((c) => c.field));
      const kept = plan.actions.filter((a) => a.op !== 'set' || !taken.has(a.candidate.field));
      const sets = named.map((candidate): Action => ({ op: 'set', candidate, utterance: ctx.userText }));
      return { ...plan, actions: [...kept, ...sets], correction: plan.correction || correction };
    }
  }
  const mention = detectFieldMention(ctx.userText, fields);
  if (mention) {
    if (mention.rest === '') return remarkOnly({ kind: 'ask_field', field: mention.field.name });
    // "My name is Ada Lovelace, ada@example.com": the other values' words are not the name
    const all = ctx.nlu.extractAll(ctx.userText, fields, ctx.extract);
    // "my mobile is 0412 687 203": the named field's word is its cue, no option of another field
    const extra = all.filter(
      (c) => c.field !== mention.field.name && !isCueOfAnother(c, all, ctx.userText, fields),
    );
    // "the name is Zig, no wait, make it Ziggy": the corrected words
    const said = correctedTail(mention.rest) ?? mention.rest;
    const candidate = freeTextAnswer(ctx.nlu, said, mention.field, extra, fields, ctx.extract);
    if (candidate) {
      const found = [candidate, ...extra.filter((c) => !isAnsweredElsewhere(ctx, c))];
      // "our budget is more like 60k. and yes you can contact me": the later sentences answer as usual
      if (!isFreeText(mention.field))
        found.push(...laterAnswers(ctx, fields, [laterSentences(said, candidate.span)], found));
      // "Name is Professor Chai. He should explain physics patiently": what the named one is like, too
      const described = describedWithName({
        nlu: ctx.nlu,
        utterance: ctx.userText,
        found,
        asked: [],
        fields,
        snapshot: ctx.snapshot,
        extract: ctx.extract,
      });
      const inside = (c: Candidate) =>
        c !== candidate &&
        isBorrowedOptionWord(c, ctx.userText, fields) &&
        described.some((d) => spansOverlap(d.span, c.span));
      return answerPlan(ctx, [...found.filter((c) => !inside(c)), ...described], mention.correction);
    }
    if (mention.correction) return remarkOnly({ kind: 'not_understood', field: mention.field.name });
  }

  const asked = memory.asked;
  const yesNo = ctx.nlu.detectYesNo(ctx.userText);
  switch (asked.kind) {
    case 'confirm': {
      // "yes that", "that one" keep the guess; "no", "neither", "the other one" refuse it
      const verdict = guessVerdict(ctx.userText, yesNo);
      if (verdict === true) return { ...remarkOnly({ kind: 'confirmed' }), advance: true };
      if (verdict === false) return refusedGuess(ctx, asked.field);
      return unconfirmedAnswer(ctx, asked.field);
    }
    case 'review':
      return reviewAnswer(ctx, yesNo);
    case 'change':
      return changeAnswer(ctx);
    case 'defaults': {
      const found = openValues(ctx);
      if (found.length > 0) return answerPlan(ctx, found, false);
      if (yesNo === true || isContinue(ctx.userText) || isAcknowledgement(ctx.userText))
        return { ...remarkOnly({ kind: 'confirmed' }), actions: [{ op: 'next' }], advance: true };
      return fieldAnswer(ctx, defs(ctx, asked.field));
    }
    case 'info':
    case 'revisit':
      return stepAnswer(ctx, asked.kind, yesNo);
    case 'agent':
      return fieldAnswer(ctx, askedFields(ctx.nlu, asked.text, fields), asked.text);
    case 'field': {
      const target = fieldDef(ctx.definition, asked.field);
      if (!target) return fieldAnswer(ctx, []);
      // "sorry, I misread, the answer is no" to the details a yes showed: the yes is taken back
      const takenBack = takenBackYes(ctx.nlu, ctx.definition, ctx.snapshot, target, ctx.userText);
      if (takenBack) return answerPlan(ctx, [takenBack], true);
      return fieldAnswer(ctx, promptAskedFields(ctx.nlu, ctx.definition, ctx.snapshot, memory, target));
    }
    default:
      // Nothing asked yet (no greeting): any field may be answered.
      return fieldAnswer(ctx, []);
  }
}

/**
 * A refused guess of "Did you mean …?": for a choice of two, "the other one" chooses the other option; the
 * right value may come with the no ("No, it's Acme Corp"); values for other fields are taken ("no, under
 * $50"); the guess is cleared and its field asked again.
 */
function refusedGuess(ctx: TurnContext, name: string): Plan {
  const field = fieldDef(ctx.definition, name);
  const value = ctx.snapshot.fields.find((f) => f.name === name)?.value;
  const other = otherOfTwo(ctx.userText, field, value);
  if (other)
    return answerPlan(
      ctx,
      [{ field: name, value: other.value, confidence: 0.95, extractor: 'other-of-two', span: ctx.userText }],
      true,
    );
  const rest = afterRefusal(ctx.userText);
  const fixed = field && rest ? ctx.nlu.extractForField(rest, field, ctx.extract) : null;
  if (fixed && !isFillerOnlyAnswer(fixed.value)) return answerPlan(ctx, [fixed], true);
  const others = rest ? openValues({ ...ctx, userText: rest }).filter((c) => c.field !== name) : [];
  const plan = others.length > 0 ? answerPlan(ctx, others, false) : remarkOnly({ kind: 'rejected' });
  return { ...plan, actions: [{ op: 'clear', field: name }, ...plan.actions] };
}

/**
 * A reply to "Did you mean …?" that is neither yes nor no ("also laundry and inside the oven pls") is an
 * ordinary answer: the values it gives for any field are set, and a guess for the field in doubt counts only
 * when it is no longer a guess. Otherwise it answers the field in doubt again.
 */
function unconfirmedAnswer(ctx: TurnContext, field: string): Plan {
  const found = openValues(ctx).filter((c) => c.field !== field || c.confidence >= ctx.lowConfidence);
  if (found.length > 0) return answerPlan(ctx, found, false);
  return fieldAnswer(ctx, defs(ctx, field));
}

/**
 * Whether `c` would overwrite a field answered (not just defaulted) outside the current step: stray values do
 * not, unless the words correct it, name the field of a self-evident value ("sorry, my old email, it's …",
 * see `restatesNamedField`), or the value only adds to the earlier list ("and a walk too").
 */
function isAnsweredElsewhere(ctx: TurnContext, c: Candidate): boolean {
  const view = ctx.snapshot.fields.find((f) => f.name === c.field);
  const byPerson = !!view && view.answered && view.provenance?.source !== 'default';
  return (
    byPerson &&
    view.step_id !== ctx.snapshot.current_step_id &&
    !correctsEarlier(ctx.userText) &&
    !restatesNamedField(fieldDef(ctx.definition, c.field), ctx.userText, askedFreeText(ctx)) &&
    !extendsList(view.value, c.value) &&
    c.extractor !== LIST_EDIT
  );
}

/**
 * Whether `c` only mentions again part of an answered list that was not asked (see `repeatsPart`), in answer
 * to another field's question or to an informational step; at a review, a change or a revisit the words may
 * be the new list.
 */
function repeatsAnsweredPart(ctx: TurnContext, c: Candidate, fields: Field[]): boolean {
  const view = ctx.snapshot.fields.find((f) => f.name === c.field);
  const field = fields.find((f) => f.name === c.field);
  const kind = ctx.memory.asked.kind;
  return (
    (kind === 'field' || kind === 'info') &&
    !!view?.answered &&
    !!field &&
    c.field !== askedName(ctx) &&
    c.extractor !== LIST_EDIT &&
    repeatsPart(view.value, c.value) &&
    !correctsEarlier(ctx.userText) &&
    fieldNamedIn(ctx.userText, [field]) === undefined
  );
}

/** Whether the field asked for takes free text (a description may mention an address in passing). */
function askedFreeText(ctx: TurnContext): boolean {
  const asked = ctx.memory.asked;
  const field = asked.kind === 'field' ? fieldDef(ctx.definition, asked.field) : undefined;
  return !!field && isFreeText(field);
}

function answerPlan(ctx: TurnContext, found: ReturnType<Nlu['extractAll']>, correction: boolean): Plan {
  const asked = ctx.memory.asked;
  const fillable = fillableFields(ctx.definition, ctx.snapshot);
  // "oh and a brake inspection too" once the services were given: the option joins the list; "add the
  // walls as well", "scrap the balcony": an answered list keeps what it had, less what is taken away
  const edited = editedLists(found, ctx.userText, fillable, ctx.snapshot, askedName(ctx));
  // "the oven died on Saturday" once the problems were the oven and the mould: an answered list not asked
  // keeps its items when words that neither correct nor name it mention some of them again
  const added = edited.filter((c) => !repeatsAnsweredPart(ctx, c, fillable));
  const candidates = preferNewSiblings(
    // "the 31st, not the 30th", "11:15 not 11:45": the month, or the half of the day, given before is kept
    keepHalfOfDay(keepMonthOfDay(added, fillable, ctx.snapshot), fillable, ctx.snapshot),
    fillable,
    ctx.userText,
    asked.kind === 'agent' ? asked.text : undefined,
  );
  // in the wizard's order: a field shown only after another's answer ("catering style") comes after it
  const order = new Map(ctx.snapshot.fields.map((f, i) => [f.name, i]));
  const ordered = [...candidates].sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
  const actions: Action[] = ordered.map((candidate) => ({
    op: 'set',
    candidate,
    utterance: ctx.userText,
  }));
  // an optional question answered with other values instead is passed, not asked again
  const view = asked.kind === 'field' ? ctx.snapshot.fields.find((f) => f.name === asked.field) : undefined;
  if (view && !correction && !view.required && !view.answered && candidates.length > 0)
    if (!candidates.some((c) => c.field === view.name)) actions.push({ op: 'skip', field: view.name });
  return {
    actions,
    advance: true,
    correction,
    confirmBelow: ctx.dontCareValue === undefined ? ctx.lowConfidence : 0,
  };
}

/** Least confidence of an option read from words of its label when another, optional field was asked. */
const MOVED_ON_CHOICE = 0.7;

/** The value of `field` in `text` (null when none, or when the extractor fails). */
/** Least confidence of an option said as written to its own question (`saysOwnOption`). */
const VERBATIM_OWN = 0.95;

function readField(ctx: TurnContext, text: string, field: Field): Candidate | null {
  try {
    return ctx.nlu.extractForField(text, field, ctx.extract);
  } catch {
    return null;
  }
}

function defs(ctx: TurnContext, name: string): Field[] {
  const field = fieldDef(ctx.definition, name);
  return field ? [field] : [];
}

/**
 * Whether the words say an option of the asked select `field` as written ("no preference" to an optional
 * instructor preference with a "No preference" option): a choice, though its words may read as a decline.
 */
function saysOwnOption(ctx: TurnContext, field: Field): boolean {
  if (!field.options?.length) return false;
  const c = readField(ctx, ctx.userText, field);
  return !!c && c.extractor === 'verbatim-option' && c.confidence >= VERBATIM_OWN;
}

/** The answer to a question about `asked` fields (an open question when empty). */
function fieldAnswer(ctx: TurnContext, asked: Field[], agentLine?: string): Plan {
  const fields = fillableFields(ctx.definition, ctx.snapshot);
  const first = asked[0];
  const view = first ? ctx.snapshot.fields.find((f) => f.name === first.name) : undefined;
  // "I'd rather just do email then" to an optional phone, with the email given: the email stands in for it
  const declined =
    first &&
    view &&
    !view.required &&
    ctx.memory.asked.kind === 'field' &&
    (declines(ctx.userText) || prefersOther(ctx.userText, first, fields, ctx.snapshot)) &&
    !saysOwnOption(ctx, first);
  // "no avatar for now, the default one is fine" to the personality question, "skip the profile link" to an
  // optional company: the field named is passed (when the words give no other value but option words
  // borrowed by the decline: "Priya Shah, priya@x.com, no phone please" is read as usual)
  const other = first && view ? declinedOther(ctx.userText, first, fields, ctx.snapshot) : null;
  if (
    other &&
    openValues(ctx).every(
      (c) =>
        c.field === other.name || (c.field !== first!.name && isBorrowedOptionWord(c, ctx.userText, fields)),
    )
  )
    return {
      ...answerPlan(ctx, [], false),
      actions: [{ op: 'skip', field: other.name }],
      remark: { kind: 'skipped' },
    };
  const typed = declined ? openValues(ctx).filter((c) => !isBorrowedOptionWord(c, ctx.userText, fields)) : [];
  if (first && declined && !typed.some((c) => c.field === first.name)) {
    const others = typed.filter((c) => c.field !== first.name);
    const plan = answerPlan(ctx, others, false);
    plan.actions.unshift({ op: 'skip', field: first.name });
    return others.length > 0 ? plan : { ...plan, remark: { kind: 'skipped' } };
  }
  const whole = editedLists(
    extractAnswer(ctx.nlu, ctx.userText, asked, fields, ctx.extract, (b) =>
      detailsFields(ctx.definition, ctx.snapshot, b),
    ),
    ctx.userText,
    fields,
    ctx.snapshot,
    askedName(ctx),
  );
  const topical = withTopicYesNo(
    withoutCorrectionWords(
      preferCorrected(whole, selfCorrected(ctx, asked, fields, whole)).filter(
        (c) =>
          (asked.some((f) => f.name === c.field) || !isAnsweredElsewhere(ctx, c)) &&
          !isStray(ctx, c, fields) &&
          !outOfRangeStray(c, fields, asked),
      ),
      asked,
      fields,
      ctx.snapshot,
    ),
    ctx.userText,
    asked,
    fields,
    ctx.snapshot,
    (clause, f) => readField(ctx, clause, f),
  );
  // "no to the engagement shoot" asked the second shooter: the yes or no is the one it names
  // "yesterday" to a visit date ahead: no change of the answered incident date
  const found = withoutSiblingMisfits(
    withNamedYesNo(topical, ctx.userText, asked, fields, ctx.snapshot),
    fields,
    ctx.snapshot,
    first?.name,
    ctx.userText,
  );
  // "the snow tires put on and the brakes looked at" asked an optional mileage: the next step's select
  if (found.length === 0)
    for (const f of nextStepSelects(ctx.snapshot, asked, fields)) {
      const c = readField(ctx, ctx.userText, f);
      if (c && c.confidence >= MOVED_ON_CHOICE && !isStray(ctx, c, fields)) found.push(c);
    }
  // "Acme Builders, about 25k" asked an optional phone: the next step's open fields are read as asked
  const ahead = movedOnFields(ctx.snapshot, asked, found, fields);
  if (ahead.length > 0)
    for (const c of extractAnswer(ctx.nlu, ctx.userText, ahead, fields, ctx.extract)) {
      if (!ahead.some((f) => f.name === c.field) || isStray(ctx, c, fields)) continue;
      // a select read as asked replaces its unasked reading when it holds all of it ("brakes checked and an
      // oil change" → both services, not only the oil change said verbatim)
      const at = found.findIndex((o) => o.field === c.field);
      if (at < 0) found.push(c);
      else if (holdsAll(c.value, found[at]!.value)) found[at] = c;
    }
  const careless = noPreferenceFields(ctx.userText, fields, (t) => ctx.nlu.detectDontCare(t), first).filter(
    (f) => !found.some((c) => c.field === f.name),
  );
  if (careless.length > 0) {
    const actions: Action[] = [];
    for (const field of careless) {
      const view = ctx.snapshot.fields.find((f) => f.name === field.name);
      if (view?.required && ctx.dontCareValue === undefined) continue;
      actions.push({ op: 'no_preference', field: field.name });
      if (view?.answered) actions.push({ op: 'clear', field: field.name });
      if (view && !view.required) actions.push({ op: 'skip', field: field.name });
    }
    if (actions.length > 0) {
      const plan = answerPlan(ctx, found, false);
      return {
        ...plan,
        actions: [...actions, ...plan.actions],
        ...(found.length ? {} : { remark: { kind: 'skipped' } }),
      };
    }
  }
  const yesNo = ctx.nlu.detectYesNo(ctx.userText);
  if (yesNo === true && agentLine && acceptsOffer(ctx.userText)) {
    const answered = (name: string) => ctx.snapshot.fields.some((f) => f.name === name && f.answered);
    const offers = offeredValues(ctx.nlu, agentLine, fields, ctx.extract).filter(
      (o) =>
        !found.some((c) => c.field === o.field) && !(o.extractor.endsWith(RESTATED) && answered(o.field)),
    );
    found.push(...offers);
  }
  if (ctx.memory.offer.length > 0 && acceptsResult(ctx.userText, yesNo)) {
    const answered = (name: string) => ctx.snapshot.fields.some((f) => f.name === name && f.answered);
    for (const o of ctx.memory.offer)
      if (!found.some((c) => c.field === o.field) && (o.extractor === 'offered-entity' || !answered(o.field)))
        found.push(o);
  }
  if (found.length === 0 && first?.type === 'boolean' && yesNo === null) {
    // "Any allergies?" — "latex": yes, and the details shown on yes are "latex"
    const details = detailsFields(ctx.definition, ctx.snapshot, first);
    found.push(...impliedYes(ctx.nlu, ctx.userText, first, details, fields, ctx.extract));
  }
  // "Daisy, 65 pounds, and yes she loves other dogs": the yes answers the prompt's yes/no question
  // "yes please, I'd need help with the flight" to two yes/no questions: the yes answers the one it names
  found.splice(
    0,
    found.length,
    ...withPromptYesNo(ctx.nlu, ctx.definition, ctx.snapshot, ctx.memory, ctx.userText, found),
  );
  // "I've a terrible toothache, it's been throbbing since Saturday": the choice and its description
  const turn: DescribedTurn = {
    nlu: ctx.nlu,
    utterance: ctx.userText,
    found,
    asked,
    fields,
    snapshot: ctx.snapshot,
    extract: ctx.extract,
  };
  found.push(...describedAlong(turn));
  // "named Rex, he's a grumpy but lovable pirate": the name and what the named one is like
  const described = describedWithName(turn);
  if (described.length > 0) {
    // option words inside the description ("calm" of "Warm and calm female") are its words, no choice
    const inside = (c: Candidate) =>
      !asked.some((f) => f.name === c.field) &&
      isBorrowedOptionWord(c, ctx.userText, fields) &&
      described.some((d) => spansOverlap(d.span, c.span));
    found.splice(0, found.length, ...found.filter((c) => !inside(c)), ...described);
  }
  // "Oh, and he should look like a plump cartoon baker": the picture's description
  const look = describedLook(turn);
  if (look) found.push(look);
  // "I need an alignment, it pulls to the right": the remark is for the step's optional note
  const read = (clause: string, f: Field) => readField(ctx, clause, f);
  const remark = remarkAlong(ctx.userText, asked, found, fields, ctx.snapshot, read);
  if (remark) found.push(remark);
  // "I teach science and want a study buddy that is patient and goofy" asked a name: its description
  const unnamed = describedUnnamed(turn);
  if (unnamed) found.splice(0, found.length, ...found.filter((c) => !isGuessFor(c, asked)), unnamed);
  if (found.length > 0) return answerPlan(ctx, found, false);
  // "fyi the strata council has to approve anything on the roof" asked something else: the form's note
  const note = noteOutOfTurn(ctx.userText, fields, ctx.snapshot);
  if (note) return answerPlan(ctx, [note], false);
  // "no" to an optional question passes it; so does "ok" / "go ahead": the person wants to move on
  const movesOn = yesNo !== null || isContinue(ctx.userText) || isAcknowledgement(ctx.userText);
  if (movesOn && view && !view.required && first?.type !== 'boolean')
    return { ...remarkOnly({ kind: 'skipped' }), actions: [{ op: 'skip', field: view.name }], advance: true };
  // words that do not fit the asked field may answer the one the person expects next
  const elsewhere = answersElsewhere(
    ctx.nlu,
    ctx.userText,
    openElsewhere(ctx.snapshot, asked, fields),
    ctx.extract,
    ctx.definition.steps.flatMap((s) => s.fields),
    `${ctx.definition.name} ${ctx.definition.description}`,
  ).filter((c) => !isStray(ctx, c, fields));
  // a day the asked date field refused is no answer to the next date field
  const fitting = withoutSiblingMisfits(elsewhere, fields, ctx.snapshot, first?.name, ctx.userText);
  if (fitting.length > 0) return answerPlan(ctx, fitting, false);
  return remarkOnly({ kind: 'not_understood', field: first?.name });
}

/**
 * The values a self-correction inside the answer gives: from the words after the cue ("no wait, make that
 * 55k"). Fixed digits only ("347 555 0152, no wait, 0125") are patched into the number before (`patchedDigits`).
 */
function selfCorrected(ctx: TurnContext, asked: Field[], fields: Field[], whole: Candidate[]): Candidate[] {
  const tail = correctedTail(ctx.userText);
  const head = tail ? ctx.userText.slice(0, ctx.userText.length - tail.length) : '';
  const before = whole.filter((c) => c.span && head.includes(c.span));
  // the fix corrects what was just said: free text read from it ("its 43,000") only for free text said before
  const freeText = (c: Candidate) => fields.some((f) => f.name === c.field && isFreeText(f));
  // "he's 4, weighs about 1.1 kilos, no wait, 1.2": a bare number corrects only the number said last
  const fixed = tail ? correctedNumberField(head, tail, before) : undefined;
  const corrects = (c: Candidate) => !fixed || typeof c.value !== 'number' || c.field === fixed;
  const said = (
    tail ? extractAnswer(ctx.nlu, tail, asked, fields, { ...ctx.extract, lead: head }) : []
  ).filter(
    (c) => (!freeText(c) || before.length === 0 || before.some((b) => b.field === c.field)) && corrects(c),
  );
  const reread = (name: string, text: string) => {
    const field = fields.find((f) => f.name === name);
    return field ? ctx.nlu.extractForField(text, field, ctx.extract) : null;
  };
  return tail ? [...said, ...rereadNumbers(before.filter(corrects), tail, said, reread)] : said;
}

/** Values for any fillable field, typed and unambiguous (`extractAll`), without stray name overwrites. */
function openValues(ctx: TurnContext): Candidate[] {
  const fields = fillableFields(ctx.definition, ctx.snapshot);
  const found = ctx.nlu.extractAll(ctx.userText, fields, ctx.extract).filter((c) => !isStray(ctx, c, fields));
  // "change it to fortnightly? weekly's overkill": the option said besides the current one
  const changed = withChangedOptions(found, ctx.userText, fields, ctx.snapshot);
  return editedLists(changed, ctx.userText, fields, ctx.snapshot, askedName(ctx));
}

/** The field the guide's last question named, if it named one. */
function askedName(ctx: TurnContext): string | undefined {
  const asked = ctx.memory.asked;
  return asked.kind === 'field' ? asked.field : undefined;
}

/**
 * Whether `c` only guesses over an answered person's name (see `isStrayOverwrite`) or over an answered date or
 * time with a reading that counts from now (see `isWeakMomentOverwrite`).
 */
function isStray(ctx: TurnContext, c: Candidate, fields: Field[]): boolean {
  return (
    isStrayOverwrite(c, fields, ctx.snapshot, askedName(ctx), ctx.userText) ||
    isWeakMomentOverwrite(c, fields, ctx.snapshot, askedName(ctx), ctx.userText)
  );
}

/** Whether the words hold back ("no", "wait", "not yet") rather than acknowledge. */
function holdsBack(ctx: TurnContext, yesNo: boolean | null): boolean {
  return yesNo === false && !isAcknowledgement(ctx.userText);
}

/**
 * Sending put off at the review ("I'll check with my partner and send it then", "send it if the price is
 * right"): nothing is submitted and the run waits; a change said with it ("change the date to Friday, I'll
 * send it later") is applied and the review shown again. Null when the words do not put sending off.
 */
function deferredPlan(ctx: TurnContext): Plan | null {
  if (!defersApproval(ctx.userText)) return null;
  const found = correctsEarlier(ctx.userText) ? openValues(ctx) : [];
  return found.length > 0 ? answerPlan(ctx, found, true) : remarkOnly({ kind: 'pause' });
}

/**
 * The review: a part of the form undone goes back to its defaults ("forget the advanced stuff"); an
 * acknowledgement in any words completes ("looks good, launch it"); a value given is a change (applied; the
 * review is shown again); "no" asks what to change.
 */
function reviewAnswer(ctx: TurnContext, yesNo: boolean | null): Plan {
  const reset = resetGroupPlan(ctx.userText, ctx.definition, ctx.snapshot);
  if (reset) return reset;
  const deferred = deferredPlan(ctx);
  if (deferred) return deferred;
  if (isAcknowledgement(ctx.userText))
    return { ...remarkOnly({ kind: 'confirmed' }), actions: [{ op: 'complete' }] };
  const found = openValues(ctx);
  if (found.length > 0) return answerPlan(ctx, found, true);
  if (yesNo === true || isContinue(ctx.userText))
    return { ...remarkOnly({ kind: 'confirmed' }), actions: [{ op: 'complete' }] };
  return remarkOnly({ kind: 'ask_change' });
}

/**
 * An informational step, or a revisited step ("Is that still right?"): values given are applied; holding back
 * waits (or asks what to change); anything else goes on — the person is never trapped.
 */
function stepAnswer(ctx: TurnContext, kind: 'info' | 'revisit', yesNo: boolean | null): Plan {
  // "actually yes, I have a herniated disc" to "Any conditions: No. Is that still right?": a new answer
  const asked = ctx.memory.asked;
  const revisedYes =
    asked.kind === 'revisit'
      ? revisedYesNo(ctx.nlu, ctx.definition, ctx.snapshot, asked.stepId, ctx.userText, ctx.extract)
      : [];
  // "sit-down then" to "Catering: No. Is that still right?": the plated dinner a yes shows, and the yes
  const revised =
    asked.kind === 'revisit' && revisedYes.length === 0
      ? revisedCondition(
          ctx.nlu,
          ctx.definition,
          ctx.snapshot,
          asked.stepId,
          fillableFields(ctx.definition, ctx.snapshot),
          ctx.userText,
          ctx.extract,
        )
      : revisedYes;
  if (revised.length > 0) return answerPlan(ctx, revised, true);
  const agrees = yesNo === true || isContinue(ctx.userText) || isAcknowledgement(ctx.userText);
  if (kind === 'revisit' && !agrees && !holdsBack(ctx, yesNo)) {
    // a new answer for the revisited step ("curious and witty, warm rather than sarcastic")
    const own = currentStepFields(ctx.snapshot).flatMap((f) => defs(ctx, f.name));
    const plan = fieldAnswer(ctx, own);
    if (plan.actions.some((a) => a.op === 'set')) return { ...plan, correction: true };
  }
  const open = openValues(ctx);
  // "Ok, I understand, 24 hours before": words said to an informational step change no answer unless they
  // name it or correct it
  const found =
    kind === 'info'
      ? withoutIncidentalOverwrites(
          open,
          ctx.userText,
          fillableFields(ctx.definition, ctx.snapshot),
          ctx.snapshot,
        )
      : open;
  if (found.length > 0) return answerPlan(ctx, found, true);
  if (holdsBack(ctx, yesNo)) return remarkOnly(kind === 'info' ? { kind: 'wait' } : { kind: 'ask_change' });
  return { ...remarkOnly({ kind: 'confirmed' }), actions: [{ op: 'next' }], advance: true };
}

/**
 * The answer to "what would you like to change?": any field may be valued (not by a bare "now": "looks good
 * now"); words that approve with no value ("looks good now, go ahead") confirm the review after all.
 */
function changeAnswer(ctx: TurnContext): Plan {
  const reset = resetGroupPlan(ctx.userText, ctx.definition, ctx.snapshot);
  if (reset) return reset;
  const deferred = deferredPlan(ctx);
  if (deferred) return deferred;
  const fields = fillableFields(ctx.definition, ctx.snapshot);
  const found = editedLists(
    withChangedOptions(
      ctx.nlu.extractAll(ctx.userText, fields, ctx.extract),
      ctx.userText,
      fields,
      ctx.snapshot,
    ).filter(
      (c) =>
        !isSpurious(
          c,
          fields.find((f) => f.name === c.field),
        ),
    ),
    ctx.userText,
    fields,
    ctx.snapshot,
  );
  if (found.length > 0) return answerPlan(ctx, found, true);
  if (isAcknowledgement(ctx.userText))
    return { ...remarkOnly({ kind: 'confirmed' }), actions: [{ op: 'complete' }] };
  return remarkOnly({ kind: 'not_understood' });
}
