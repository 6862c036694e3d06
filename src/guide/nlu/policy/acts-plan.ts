import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { opensAsQuestion, socialKind, type Acts } from '../acts.js';
import { splitSentences } from '../sentence-split.js';
import { asksAboutChoices } from '../extract/asks-about.js';
import { answerQuestion, questionTopic, type QuestionTopic } from '../answer-question.js';
import { fieldNamedIn } from '../intents.js';
import { choicesAskedOf } from '../choices-question.js';
import type { DialogueMemory } from '../memory.js';
import type { ExtractContext, Nlu, Plan } from './plan.js';
import { remarkOnly } from './plan.js';
import { isFreeText } from './free-text.js';
import { answerFromWizard, UNKNOWN_ANSWER } from '../wizard-answer.js';
import { describeAskedOptions, optionsAskedAbout } from '../option-question.js';
import { requestsWithValue } from '../value-request.js';
import { offeredAnswer } from './offered-answer.js';

/** Field types whose values a question can name without choosing them. */
const CHOICE_TYPES = new Set<Field['type']>(['single_select', 'multi_select', 'boolean']);

/** What `nonInformingPlan` reads. */
export interface ActsContext {
  acts: Acts;
  /** The person's words as said. */
  utterance: string;
  fields: Field[];
  snapshot: RunSnapshot;
  memory: DialogueMemory;
  nlu: Nlu;
  extract: ExtractContext;
  guideName: string;
  /** The wizard's own texts as clauses (see `wizardClauses`), to answer questions from. */
  clauses: string[];
  /** The asked field, when one was asked. */
  asked?: Field;
}

/**
 * The plan for an utterance that does not inform: pausing, only greetings/thanks/asides, or a question to the
 * guide that gives no typed value for any field and does not accept first ("works for me, do they have …?").
 * A request phrased as a question ("can you find a bus to Fresno?") still informs. Null when the utterance informs or commands and the ordinary reading applies.
 */
export function nonInformingPlan(ctx: ActsContext): Plan | null {
  const { acts } = ctx;
  if (acts.pause) return remarkOnly({ kind: 'pause' });
  if (acts.content === '') return remarkOnly({ kind: 'aside', social: socialKind(ctx.utterance) });
  // a yes that accepts first ("works for me, do they have …?") informs; "is it ok if …?" only asks
  const asks = splitSentences(acts.content).every(opensAsQuestion);
  if (!acts.question || (!asks && ctx.nlu.detectYesNo(acts.content) === true)) return null;
  if (isHedgedAnswer(ctx)) return null;
  // "would Saturday 19th December be possible?": a value offered for the asked field answers it
  if (splitSentences(acts.content).some((s) => offeredAnswer(s, ctx.asked, ctx.nlu, ctx.extract)))
    return null;
  // free text that only repeats the field's own name ("what's a member ID?" → "ID") is no value; options
  // and yes/no topics named by a question about them ("what's the difference between X and Y?") are not
  // chosen
  // "what are the time slots?" asks for the choices: the option word "time" in it chooses nothing
  const inquiry =
    asksAboutChoices(splitSentences(acts.content)) ||
    choicesAskedOf(acts.content, ctx.fields, fieldNamedIn(acts.content, ctx.fields), ctx.asked) !== undefined;
  // a question is no statement: its words fill no free text ("is this for the Wattle & Co job ad?") unless it
  // offers them for approval ("is Liv ok?") or asks for something by a value ("can you find one in San Jose?")
  const freeTextAsked =
    asks &&
    !OFFERS_VALUE.test(acts.content) &&
    !(questionTopic(acts.content) === 'about' && requestsWithValue(acts.content));
  const typed = ctx.nlu.extractAll(acts.content, ctx.fields, ctx.extract).filter((c) => {
    const field = ctx.fields.find((f) => f.name === c.field);
    if (!field) return true;
    if (isFreeText(field) && (freeTextAsked || namesItself(field, c.value))) return false;
    return !(inquiry && CHOICE_TYPES.has(field.type));
  });
  if (typed.length > 0) return null;
  const question = acts.content;
  const named = fieldNamedIn(question, ctx.fields);
  const questionKind = questionTopic(question);
  // "what's the difference between terraced and end of terrace?": answered from the options named; one option
  // asked about is kept for a pointing reply ("ok, that one then")
  const about = OPTION_TOPICS.has(questionKind)
    ? optionsAskedAbout(question, ctx.fields, ctx.asked)
    : undefined;
  if (about) {
    const [only, ...more] = about.options;
    const discussed = only && more.length === 0 ? { field: about.field.name, value: only.value } : undefined;
    return remarkOnly({
      kind: 'answer',
      text: describeAskedOptions(about.options, about.field),
      ...(discussed ? { discussed } : {}),
    });
  }
  // "what are the ranges?", "what sizes do you have?": the choices of the field the words point to
  const choices = choicesAskedOf(question, ctx.fields, named, ctx.asked);
  const topic = choices ? 'options' : questionKind;
  const fromTexts = choices ? null : wizardAnswerFor(question, topic, named !== undefined, ctx);
  if (fromTexts) return remarkOnly({ kind: 'answer', text: fromTexts });
  return remarkOnly({
    kind: 'answer',
    text: fieldAnswerTo(question, topic, choices ?? named ?? ctx.asked, ctx),
  });
}

/** The answer to `question` from `field` (or the step, without one); see `answerQuestion`. */
function fieldAnswerTo(question: string, topic: QuestionTopic, field: Field | undefined, ctx: ActsContext) {
  const view = field ? ctx.snapshot.fields.find((f) => f.name === field.name) : undefined;
  return answerQuestion(
    topic,
    field,
    ctx.snapshot.current_step ?? undefined,
    view?.required ?? false,
    ctx.guideName,
  );
}

/**
 * The answer to a question said beside an answer ("what's the phone for? it's 0412 555 018"): from the
 * wizard's texts, or from the field it names or the asked field when it asks why, whether it is needed, if
 * it may be skipped, in what form or among which options; null when the wizard has no answer (the question
 * is then let pass: "is it weird that's my birthday?").
 */
export function answerAlong(question: string, ctx: ActsContext): string | null {
  const topic = questionTopic(question);
  if (topic === 'abilities') return null;
  const named = fieldNamedIn(question, ctx.fields);
  const fromTexts = wizardAnswerFor(question, topic, named !== undefined, ctx);
  if (fromTexts && fromTexts !== UNKNOWN_ANSWER) return fromTexts;
  const field = named ?? ctx.asked;
  if (!field || !ALONG_TOPICS.has(topic)) return null;
  // a field with nothing to say on the topic falls back to what the guide can do: no answer here
  const text = fieldAnswerTo(question, topic, field, ctx);
  return text === fieldAnswerTo(question, 'abilities', undefined, ctx) ? null : text;
}

/** Topics a question beside an answer is answered on from a field. */
const ALONG_TOPICS = new Set<QuestionTopic>(['why', 'required', 'skip', 'format', 'bounds', 'options']);

/**
 * Topics answered from a field itself (whether it is needed, may be left out, why, in what form, within
 * which bounds).
 */
const FIELD_TOPICS = new Set<QuestionTopic>(['why', 'required', 'skip', 'format', 'bounds']);

/** Topics of a question that may ask about options it names ("what's the difference between X and Y?"). */
const OPTION_TOPICS = new Set<QuestionTopic>(['options', 'about']);

/** A question that offers its words for approval: "is Liv ok?", "would Acme be fine?", "does that work?". */
const OFFERS_VALUE = /\b(?:ok(?:ay)?|fine|alright|all right|acceptable|allowed|enough|do|work)\s*[?.!]*\s*$/i;

/**
 * The person's answers or data as a whole ("do you share my answers?", "what happens to my data?"): a
 * question about them is about the form's business, not about the asked field's need.
 */
const WHOLE_FORM =
  /\b(?:my|our|these|this|the|all)\s+(?:answers|data|information|info|application|personal details)\b/i;

/**
 * The answer to a question from the wizard's texts ("are you open on saturdays?" → the step instruction that
 * gives the opening hours), or null when the question is for the field-based answer: about the guide, a
 * field topic (`FIELD_TOPICS`) of a named field, or with no content words beyond naming a field or its
 * options ("what are the options again?"). A question whose content the texts do not cover gets an honest
 * "I don't know", except an options question naming a field (which lists that field's options) and a field
 * topic while a field is asked ("is it ok if I don't know yet?" is about the asked field).
 */
function wizardAnswerFor(
  question: string,
  topic: QuestionTopic,
  named: boolean,
  ctx: ActsContext,
): string | null {
  if (topic === 'abilities' || (named && FIELD_TOPICS.has(topic))) return null;
  const answer = answerFromWizard(question, ctx.fields, ctx.clauses);
  if (answer === UNKNOWN_ANSWER && topic === 'options' && named) return null;
  if (answer === UNKNOWN_ANSWER && FIELD_TOPICS.has(topic) && ctx.asked && !WHOLE_FORM.test(question))
    return null;
  return answer;
}

/**
 * Whether a sentence that only ends in "?" answers the asked question, hedged ("morning if possible, around
 * 10?" to "what time?", "the 12th?", "maybe 3?"): it does not open as a question and gives the asked
 * field a typed value. Free text is no such value: any words would do.
 */
function isHedgedAnswer(ctx: ActsContext): boolean {
  const asked = ctx.asked;
  if (!asked || isFreeText(asked)) return false;
  const said = splitSentences(ctx.acts.content);
  if (said.some(opensAsQuestion)) return false;
  return ctx.nlu.extractForField(ctx.acts.content, asked, ctx.extract) !== null;
}

/** Whether every word of a free-text value is a word of its field's label or name ("ID" of "Member ID"). */
function namesItself(field: Field, value: unknown): boolean {
  const own = new Set(`${field.label} ${field.name.replace(/_/g, ' ')}`.toLowerCase().split(/[^a-z0-9]+/));
  const words = String(value)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => own.has(w));
}
