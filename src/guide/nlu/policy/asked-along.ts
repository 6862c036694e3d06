import type { Field } from '../../../core/wizard/definition.js';
import { isQuestion, opensAsQuestion } from '../acts.js';
import { splitSentences } from '../sentence-split.js';
import { offeredAnswer, PROPOSES } from './offered-answer.js';
import { comparesOptions } from '../extract/asks-about.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';

/**
 * Questions said beside an answer in sentences of their own ("what's the phone for? it's 0412 555 018
 * anyway", "Olivia Chen. Do you need my middle name too?", "is a nickname ok? Liv Chen"): the answer is read
 * from the other sentences, so the question's words fill nothing and do not spoil the answer. Pure.
 */

/** The informing sentences of a line and the question sentences cut from them. */
export interface QuestionsAlong {
  rest: string;
  questions: string[];
}

/**
 * Splits `content` into the sentences that open as questions and the rest; null when there are no such
 * questions, only such questions, or when a question holds a value the rest does not repeat ("any songs by
 * Halsey from 2015? I like pop", "is 3pm free? if not 4pm": the question's value is the one meant, and the
 * line is read whole as before; "is 3pm ok? if so 3pm" repeats it and is cut). Options a question compares
 * or asks about are offered by nobody ("what's the difference between X and Y? we stream a lot" is cut). A value the question offers
 * for the `asked` field counts too ("would Saturday 19th December be possible? around 2pm" asked the day).
 */
export function questionsAlong(
  content: string,
  fields: Field[],
  nlu: Nlu,
  extract: ExtractContext,
  asked?: Field,
): QuestionsAlong | null {
  const sentences = splitSentences(content);
  const questions = sentences.filter((s) => isQuestion(s) && opensAsQuestion(s));
  if (questions.length === 0 || questions.length === sentences.length) return null;
  const rest = sentences.filter((s) => !questions.includes(s)).join(' ');
  if (!/[a-z0-9]/i.test(rest)) return null;
  const given = new Set(safeExtract(nlu, rest, fields, extract).map(said));
  const offered = questions.map((q) => offeredAnswer(q, asked, nlu, extract)).filter((c) => c !== null);
  // "what's the difference between the Fibre 300 and the 500? The kids game a lot": options compared are
  // not offered, and the question is cut; "does the energetic one sound young?" asks about the option it names
  const values = [
    ...questions
      .filter((q) => !comparesOptions(q))
      .flatMap((q) =>
        safeExtract(nlu, q, fields, extract).filter(
          (c) => POINTS_BACK.test(rest) || !asksAboutOption(q, c, fields),
        ),
      ),
    ...offered,
  ];
  return values.every((c) => given.has(said(c))) ? { rest, questions } : null;
}

/** Field types whose options a question can ask about without choosing one. */
const CHOICE_TYPES = new Set<Field['type']>(['single_select', 'multi_select', 'boolean']);

/** A yes/no question that opens with its verb, then its subject: "does the energetic one …", "is the blue …". */
const SUBJECT_AFTER_VERB =
  /^(?:\W*(?:so|and|but|hmm+|um+|wait|ok(?:ay)?)[,\s]+)*(?:is|are|was|were|does|do|did|will|would|can|could)\s+(.{0,40})/i;

/**
 * Whether the question `q` asks about the option `c` reads rather than choosing it: a yes/no question whose
 * subject is the option ("does the energetic one sound young?", "is the british voice an old man?", "are
 * the canapés vegetarian?"), for a choice field. A question that puts the option forward for approval ("is
 * the british one ok?", "would the garden terrace work?") still offers it.
 */
export function asksAboutOption(q: string, c: Candidate, fields: Field[]): boolean {
  const field = fields.find((f) => f.name === c.field);
  if (!field || !CHOICE_TYPES.has(field.type) || !c.span || PROPOSES.test(q.trim())) return false;
  const subject = SUBJECT_AFTER_VERB.exec(q.trim())?.[1] ?? '';
  return subject.toLowerCase().includes(c.span.toLowerCase());
}

/** Words that choose what a question just named: "ok that one", "I'll take it", "go with this". */
const POINTS_BACK =
  /\b(?:that|this)\s+one\b|\b(?:take|have|choose|pick|go\s+with|want)\s+(?:it|that|this)\b/i;

/** A value as field and value, to compare two readings. */
const said = (c: Candidate) => `${c.field}=${JSON.stringify(c.value)}`;

function safeExtract(nlu: Nlu, text: string, fields: Field[], extract: ExtractContext) {
  try {
    return nlu.extractAll(text, fields, extract);
  } catch {
    return [];
  }
}
