import type { Field, WizardDefinition } from '../../core/wizard/definition.js';
import type { RunSnapshot } from '../../core/wizard/snapshot.js';
import type { BrainGreetInput, BrainTurnInput, GuideBrain } from '../types.js';
import { pressedButton } from '../buttons.js';
import { newMemory, type DialogueMemory } from './memory.js';
import { executePlan, type Outcome } from './policy/execute.js';
import { yesDetails } from './policy/yes-details.js';
import { revealedAlone } from './policy/revealed-alone.js';
import { impliedConditions } from './policy/implied-condition.js';
import { isQuestion } from './acts.js';
import { splitSentences } from './sentence-split.js';
import { interpretTurn } from './policy/interpret.js';
import { presentedValues } from './policy/offers.js';
import type { ExtractContext, Nlu, Plan } from './policy/plan.js';
import {
  fieldDef,
  fieldsToMention,
  fillableFields,
  nextQuestion,
  rememberQuestion,
} from './policy/questions.js';
import * as say from './replies.js';
import { defaultNlu } from './nlu.js';
import { referenceDateOf } from '../../core/wizard/snapshot.js';
import { hintedRegions } from './extract/phone.js';
import { outOfRangeDate } from './extract/out-of-range-date.js';
import { formatFieldValue } from '../../core/wizard/field-types/index.js';

/** Options of the embedded brain. */
export interface EmbeddedBrainOptions {
  /** ISO 3166-1 alpha-2 region for phone numbers without a country code; default: the wizard's setting. */
  defaultRegion?: string;
  /** Values extracted with a confidence (0..1) below this are set and then confirmed ("Did you mean …?"). Default 0.6. */
  lowConfidence?: number;
  /**
   * Evaluation mode only: the value `noPreferenceValues()` reports for fields the user said they have no
   * preference about (the SGD evaluation uses "dontcare"); setting it also turns off low-confidence
   * confirmations, as an evaluation cannot answer them. Leave unset in products.
   */
  dontCareValue?: string;
  /** The extractors; default: `./extract`. Tests may pass their own. */
  nlu?: Nlu;
}

/**
 * The embedded (rules + NLU libraries) guide brain: no LLM. Each turn is read into intents (navigation,
 * corrections, yes/no, "don't care", help), turned into a plan of tool calls (`interpretTurn`), carried
 * out with the guide's tools (`executePlan`), and answered from `./replies`. Dialogue memory (the last
 * question, a pending confirmation, skipped optional fields) lives in the instance: one per session.
 */
export class EmbeddedBrain implements GuideBrain {
  readonly kind = 'embedded' as const;
  private readonly memory: DialogueMemory = newMemory();
  private readonly lowConfidence: number;
  private readonly nlu: Nlu;
  private lastReply: string | undefined;
  private observed: string | undefined;

  constructor(private readonly options: EmbeddedBrainOptions = {}) {
    this.lowConfidence = options.lowConfidence ?? 0.6;
    this.nlu = options.nlu ?? defaultNlu;
  }

  /** The greeting (the wizard's own, or "Hi, I'm {name}.") and the first question. */
  async greet(input: BrainGreetInput): Promise<string> {
    const guide = input.definition.guide;
    const reply = say.joinReply(
      say.greeting(guide.name, guide.greeting),
      this.ask(input.definition, input.snapshot),
    );
    this.lastReply = reply;
    return reply;
  }

  /**
   * Tells the brain what someone else (not this brain) said to the user just before the next user turn,
   * e.g. an outside agent's line in the evaluation. The next `respond` reads "yes" and bare values against
   * it (offered values, the field it asks about) instead of against the brain's own last question.
   */
  observeAgentUtterance(text: string): void {
    this.observed = text;
  }

  /** Fields the user said they have no preference about ("I don't care what date") and has not answered since. */
  noPreferenceFields(): string[] {
    return [...this.memory.noPreference];
  }

  /** Evaluation mode: `dontCareValue` for every no-preference field (empty when the option is unset). */
  noPreferenceValues(): Record<string, string> {
    const value = this.options.dontCareValue;
    return value === undefined ? {} : Object.fromEntries(this.noPreferenceFields().map((f) => [f, value]));
  }

  /** Handles one user turn: calls the tools it needs and returns the reply. */
  async respond(input: BrainTurnInput): Promise<string> {
    const { definition, tools } = input;
    const button = pressedButton(definition, input.snapshot, input.userText);
    if (button) {
      const pressed = await tools.apply_wizard_option_set({ field_name: button });
      const reply = pressed.ok ? this.ask(definition, pressed.snapshot) : `${pressed.error}.`;
      this.lastReply = reply;
      return reply;
    }
    const lastAgent = this.observed ?? [...input.history].reverse().find((e) => e.role === 'agent')?.text;
    if (this.observed === undefined && this.lastReply === undefined && lastAgent !== undefined)
      this.restoreQuestion(definition, input.snapshot, lastAgent);
    this.observed = undefined;
    const extract = {
      referenceDate: referenceDateOf(input.snapshot),
      defaultRegion: this.options.defaultRegion ?? definition.settings.default_region,
      regionHints: hintedRegions(Object.values(input.snapshot.values).filter((v) => typeof v === 'string')),
      ...(lastAgent !== undefined ? { agentUtterance: lastAgent } : {}),
    };
    if (lastAgent !== undefined && !this.saidLast(lastAgent)) {
      this.memory.asked = { kind: 'agent', text: lastAgent };
      this.notePresented(lastAgent, definition, input.snapshot, extract);
    }
    const plan = interpretTurn({
      definition,
      snapshot: input.snapshot,
      memory: this.memory,
      userText: input.userText,
      nlu: this.nlu,
      extract,
      lowConfidence: this.lowConfidence,
      dontCareValue: this.options.dontCareValue,
    });
    this.memory.discussed = plan.remark?.kind === 'answer' ? plan.remark.discussed : undefined;
    const outcome = await executePlan(plan, tools, input.snapshot, this.memory, definition);
    await this.fillImplied(input, outcome, extract);
    await this.fillRevealed(input, fillableFields(definition, input.snapshot), outcome, extract);
    const s = outcome.snapshot;
    if (
      s.status === 'active' &&
      s.is_review &&
      !definition.settings.confirm_before_complete &&
      !outcome.confirm
    ) {
      const r = await tools.complete_wizard();
      outcome.snapshot = r.snapshot;
      outcome.completed = r.ok;
    }
    const reply = this.compose(plan, outcome, definition, input.userText, extract);
    this.lastReply = reply;
    return reply;
  }

  /**
   * A follow-up said before the question that shows it ("I'm on a student visa" while "full right to work?"
   * is open) sets the field that shows it and then the follow-up (`impliedConditions`).
   * Not for questions ("what's a bridging visa?") nor a finished run.
   */
  private async fillImplied(input: BrainTurnInput, outcome: Outcome, extract: ExtractContext): Promise<void> {
    if (outcome.completed || outcome.snapshot.status !== 'active') return;
    if (splitSentences(input.userText).some(isQuestion)) return;
    const s = outcome.snapshot;
    const fillable = fillableFields(input.definition, s);
    const implied = impliedConditions(this.nlu, input.definition, s, fillable, input.userText, extract);
    if (implied.length === 0) return;
    const actions = implied.map((candidate) => ({
      op: 'set' as const,
      candidate,
      utterance: input.userText,
    }));
    const more = await executePlan(
      { actions, advance: true, correction: false, confirmBelow: 0 },
      input.tools,
      s,
      this.memory,
      input.definition,
    );
    outcome.snapshot = more.snapshot;
    outcome.set.push(...more.set);
    outcome.refused.push(...more.refused);
  }

  /**
   * Fields the turn's answers revealed ("yes we want catering, buffet style": the catering style shows once
   * catering is yes) take their values from the same words, read as the whole form would read them.
   */
  private async fillRevealed(
    input: BrainTurnInput,
    before: Field[],
    outcome: Outcome,
    extract: ExtractContext,
  ): Promise<void> {
    if (outcome.set.length === 0 || outcome.completed) return;
    const known = new Set(before.map((f) => f.name));
    const fillable = fillableFields(input.definition, outcome.snapshot);
    // a follow-up already set this turn (`fillImplied`) is not read again
    const revealed = fillable.filter(
      (f) => !known.has(f.name) && !outcome.set.some((v) => v.field === f.name),
    );
    if (revealed.length === 0) return;
    // read with every field in play, so a value that went to a sibling ("drop off July 1, pick up July 5")
    // is not taken again by the revealed field
    const shown = new Set(revealed.map((f) => f.name));
    const read = this.nlu.extractAll(input.userText, fillable, extract);
    const found = read.filter((c) => shown.has(c.field));
    // "yes, it expires 11/30/2027": a date the whole form could not place goes to the date the yes showed
    const taken = read.filter((c) => shown.has(c.field) || outcome.set.some((v) => v.field === c.field));
    found.push(...revealedAlone(this.nlu, input.userText, revealed, taken, extract));
    found.push(...yesDetails(this.nlu, input, outcome, revealed, found, extract));
    if (found.length === 0) return;
    const actions = found.map((candidate) => ({ op: 'set' as const, candidate, utterance: input.userText }));
    const more = await executePlan(
      { actions, advance: true, correction: false, confirmBelow: 0 },
      input.tools,
      outcome.snapshot,
      this.memory,
      input.definition,
    );
    outcome.snapshot = more.snapshot;
    outcome.set.push(...more.set);
    outcome.refused.push(...more.refused);
  }

  /** Remembers the result an outside agent line presents (kept until a later line presents another). */
  private notePresented(
    line: string,
    definition: WizardDefinition,
    snapshot: RunSnapshot,
    extract: ExtractContext,
  ): void {
    const known = snapshot.fields.filter((f) => f.answered).map((f) => f.display ?? String(f.value));
    const fields = fillableFields(definition, snapshot);
    const presented = presentedValues(this.nlu, line, fields, extract, known);
    if (presented.length > 0) this.memory.offer = presented;
  }

  /**
   * A session restored from the stored transcript (another server, a restart): when the last agent line
   * ends with the question this guide asks in the run's state, it was this guide's own, so the memory of
   * what was asked is rebuilt from that state instead of being guessed as an outside agent's line.
   */
  private restoreQuestion(definition: WizardDefinition, snapshot: RunSnapshot, lastAgent: string): void {
    const question = nextQuestion(definition, snapshot, this.memory);
    if (!question.text || !lastAgent.trim().endsWith(question.text.trim())) return;
    rememberQuestion(this.memory, snapshot, question);
    this.lastReply = lastAgent;
  }

  /** Says the next question for the state and remembers it. */
  /** Whether the agent's last line is this brain's last reply (the session may have said what actions showed first). */
  private saidLast(line: string): boolean {
    return (
      line === this.lastReply || (this.lastReply !== undefined && line.endsWith(`\n\n${this.lastReply}`))
    );
  }

  private ask(definition: WizardDefinition, snapshot: RunSnapshot): string {
    const question = nextQuestion(definition, snapshot, this.memory);
    rememberQuestion(this.memory, snapshot, question);
    return question.text;
  }

  private compose(
    plan: Plan,
    out: Outcome,
    definition: WizardDefinition,
    userText: string,
    extract: ExtractContext,
  ): string {
    const name = definition.guide.name;
    const memory = this.memory;
    if (out.completed) {
      memory.asked = { kind: 'done' };
      return say.closing(name);
    }
    const remark = plan.remark;
    if (remark?.kind === 'repeat') return memory.lastQuestion || this.ask(definition, out.snapshot);
    if (remark?.kind === 'already_done') return say.alreadyDone();
    const quiet = out.snapshot.is_review && !plan.correction; // the review summary repeats every value
    const mention = say.mentionOptional(
      fieldsToMention(
        out.snapshot,
        memory,
        out.set.map((x) => x.field),
      ).map((f) => f.label),
    );
    const ack = say.joinReply(
      quiet
        ? ''
        : say.acknowledge(
            out.set.filter((x) => x.field !== out.confirm?.field),
            plan.correction,
          ),
      mention,
    );
    const refused = out.refused[0];
    if (refused) {
      const field = fieldDef(definition, refused.field);
      if (field) {
        memory.asked = { kind: 'field', field: field.name };
        memory.lastQuestion = say.fieldQuestion(field, true);
      }
      return say.joinReply(ack, say.invalidValue(field, refused.error));
    }
    if (out.confirm) {
      memory.asked = { kind: 'confirm', ...out.confirm };
      memory.lastQuestion = say.didYouMean(out.confirm.display);
      return say.joinReply(ack, memory.lastQuestion);
    }
    const lead = this.remarkText(remark, out, definition, userText, extract);
    if (lead.final) return say.joinReply(ack, lead.text);
    const nav = out.navError && remark?.kind !== 'back' ? say.problem(out.navError) : '';
    return say.joinReply(ack, lead.text, nav, this.ask(definition, out.snapshot));
  }

  /** The words for a remark; `final` when they end the reply (they ask their own question). */
  private remarkText(
    remark: Plan['remark'],
    out: Outcome,
    definition: WizardDefinition,
    userText: string,
    extract: ExtractContext,
  ): { text: string; final?: boolean } {
    const memory = this.memory;
    switch (remark?.kind) {
      case 'help':
        return { text: say.help(definition.guide.name) };
      case 'back':
        return { text: out.navError ? say.cannotGoBack(out.navError) : say.wentBack() };
      case 'start_over':
        return { text: say.startedOver() };
      case 'skipped':
        return { text: say.skipped() };
      case 'rejected':
        return { text: say.rejectedGuess() };
      case 'ask_change':
        memory.asked = { kind: 'change' };
        memory.lastQuestion = say.askWhatToChange();
        return { text: memory.lastQuestion, final: true };
      case 'wait':
        return { text: say.waiting(), final: true };
      case 'pause':
        return { text: say.paused(), final: true };
      case 'aside':
        return { text: say.noted(remark.social) };
      case 'removed':
        return { text: say.removed() };
      case 'answer':
        return { text: remark.text };
      case 'cannot_skip': {
        const field = fieldDef(definition, remark.field);
        return { text: field ? say.cannotSkip(field) : '' };
      }
      case 'ask_field': {
        const field = fieldDef(definition, remark.field);
        if (!field) return { text: '' };
        memory.asked = { kind: 'field', field: field.name };
        memory.lastQuestion = say.askNewValue(field);
        return { text: memory.lastQuestion, final: true };
      }
      case 'not_understood': {
        const field = remark.field ? fieldDef(definition, remark.field) : undefined;
        if (!field || out.set.length > 0)
          return { text: out.set.length > 0 ? '' : say.notUnderstood(undefined) };
        if (memory.asked.kind !== 'defaults') memory.asked = { kind: 'field', field: field.name };
        const wrongSide = outOfRangeDate(field, userText, extract);
        if (wrongSide)
          return {
            text: say.dateOutOfRange(field, wrongSide.side, formatFieldValue(field, wrongSide.date)),
            final: true,
          };
        return { text: say.notUnderstood(field), final: true };
      }
      default:
        return { text: '' };
    }
  }
}
