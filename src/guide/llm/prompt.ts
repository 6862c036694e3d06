import type { Field, Option, Step, WizardDefinition } from '../../core/wizard/definition.js';
import type { FieldView, RunSnapshot } from '../../core/wizard/snapshot.js';

/** Confidence below which a value set by the guide is flagged in the prompt for the guide to confirm. */
export const LOW_CONFIDENCE = 0.7;

/** Extra context for one prompt: notes of what another extractor already filled this turn (hybrid brain). */
export interface SystemPromptOptions {
  prefilled?: string[];
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Builds the LLM guide's system prompt: who the guide is, what the wizard is for, every step and field
 * (type, requirement, description, extraction hints, options as `value` "label" (synonyms), hidden or
 * skipped marks), the run's current state (current step, answered values, what is still required) and the
 * rules of the conversation. Deterministic: the same inputs give the same string; `now` is read in UTC and
 * gives "today" for relative dates ("next Friday").
 */
export function buildSystemPrompt(
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  now: Date,
  options: SystemPromptOptions = {},
): string {
  const sections = [
    identitySection(definition),
    stepsSection(definition, snapshot),
    stateSection(snapshot, now),
    options.prefilled && options.prefilled.length > 0 ? prefilledSection(options.prefilled) : '',
    rulesSection(definition),
  ];
  return sections.filter((s) => s !== '').join('\n\n');
}

/** Today as "Tuesday 2026-03-10" (UTC). */
export function formatToday(now: Date): string {
  return `${WEEKDAYS[now.getUTCDay()]} ${now.toISOString().slice(0, 10)}`;
}

/** The question the guide asks for a step: its voice prompt, else its instruction, else its title. */
export function stepQuestion(step: Pick<Step, 'title' | 'instruction' | 'voice_prompt'>): string {
  return step.voice_prompt ?? step.instruction ?? `Let's fill in "${step.title}".`;
}

function identitySection(definition: WizardDefinition): string {
  const { guide } = definition;
  const lines = [
    `You are ${guide.name}, a guide who helps a person fill in the wizard "${definition.name}" by conversation.`,
    `Your personality: ${guide.personality}.`,
  ];
  if (guide.greeting)
    lines.push(`Your greeting (already said when the conversation opened): "${guide.greeting}"`);
  lines.push('', '## Purpose of the wizard', definition.description.trim() || definition.name);
  return lines.join('\n');
}

function stepsSection(definition: WizardDefinition, snapshot: RunSnapshot): string {
  const views = new Map(snapshot.fields.map((f) => [f.name, f]));
  const lines = ['## Steps and fields'];
  definition.steps.forEach((step, i) => {
    const view = snapshot.steps.find((s) => s.id === step.id);
    const marks = [view?.current ? 'CURRENT' : '', view?.skipped ? 'skipped' : ''].filter(Boolean);
    lines.push(
      `${i + 1}. Step \`${step.id}\` "${step.title}"${marks.length ? ` [${marks.join(', ')}]` : ''}`,
    );
    if (step.instruction) lines.push(`   Instruction: ${step.instruction}`);
    if (step.voice_prompt) lines.push(`   Ask: "${step.voice_prompt}"`);
    if (step.fields.length === 0) lines.push('   (no fields)');
    for (const field of step.fields) lines.push(...fieldLines(field, views.get(field.name)));
  });
  return lines.join('\n');
}

function fieldLines(field: Field, view: FieldView | undefined): string[] {
  const required = view?.required ?? field.required;
  const flags = [field.type, required ? 'required' : 'optional'];
  if (view && !view.visible) flags.push('hidden: do not ask or set it');
  else if (view && !view.enabled) flags.push('disabled');
  const lines = [`   - \`${field.name}\` "${field.label}" (${flags.join(', ')})`];
  if (field.description) lines.push(`     Description: ${field.description}`);
  if (field.extraction_hints.length > 0) lines.push(`     Hints: ${field.extraction_hints.join('; ')}`);
  // Options an action loaded (the snapshot's) replace the definition's.
  const options = view?.options ?? field.options;
  if (options && options.length > 0) {
    lines.push(`     Options: ${options.map(formatOption).join('; ')}`);
  }
  const rules = validationText(field);
  if (rules) lines.push(`     Rules: ${rules}`);
  return lines;
}

/** An option as `value` "label" (synonym, synonym). */
export function formatOption(option: Option): string {
  const synonyms = option.synonyms.length > 0 ? ` (${option.synonyms.join(', ')})` : '';
  return `\`${option.value}\` "${option.label}"${synonyms}`;
}

function validationText(field: Field): string {
  const v = field.validation;
  if (!v) return '';
  const parts: string[] = [];
  if (v.min_length !== undefined) parts.push(`at least ${v.min_length} characters`);
  if (v.max_length !== undefined) parts.push(`at most ${v.max_length} characters`);
  if (v.min !== undefined) parts.push(`minimum ${v.min}`);
  if (v.max !== undefined) parts.push(`maximum ${v.max}`);
  if (v.pattern !== undefined) parts.push(`must match /${v.pattern}/`);
  return parts.join(', ');
}

function stateSection(snapshot: RunSnapshot, now: Date): string {
  const lines = ['## Current state', `Today is ${formatToday(now)}.`, `Run status: ${snapshot.status}.`];
  if (snapshot.is_review) {
    lines.push('Current step: the review page (all steps done; summarise and ask for confirmation).');
  } else if (snapshot.current_step) {
    lines.push(`Current step: \`${snapshot.current_step.id}\` "${snapshot.current_step.title}".`);
  }
  const answered = snapshot.fields.filter((f) => f.answered);
  lines.push('Answered:');
  if (answered.length === 0) lines.push('- nothing yet');
  for (const f of answered) lines.push(`- ${answeredLine(f)}`);
  lines.push(`Still required on this step: ${listOrNothing(snapshot.missing_in_step)}.`);
  lines.push(`Still required in the whole wizard: ${listOrNothing(snapshot.missing_required)}.`);
  return lines.join('\n');
}

function answeredLine(f: FieldView): string {
  const raw = JSON.stringify(f.value);
  const display =
    f.display !== undefined && f.display !== f.value && f.display !== raw ? ` ("${f.display}")` : '';
  const confidence = f.provenance?.confidence;
  const unsure =
    confidence !== undefined && confidence < LOW_CONFIDENCE ? ` [unconfirmed, confidence ${confidence}]` : '';
  return `\`${f.name}\` = ${raw}${display}${unsure}`;
}

function listOrNothing(names: string[]): string {
  return names.length > 0 ? names.map((n) => `\`${n}\``).join(', ') : 'nothing';
}

function prefilledSection(notes: string[]): string {
  return [
    "## Already filled from the user's words this turn",
    ...notes.map((n) => `- ${n}`),
    'Do not set these again unless the user corrects them; acknowledge them briefly and move on.',
  ].join('\n');
}

function rulesSection(definition: WizardDefinition): string {
  const { settings } = definition;
  const rules = [
    'Ask one thing at a time, following the current step\'s "Ask" prompt; keep replies short and spoken-style (no markdown, no lists).',
    'Call set_wizard_field as soon as the user gives a value, before replying. When the user gives several values at once, call set_wizard_field once per field in the same turn.',
    'Use the field names exactly as listed. For select fields pass the option `value` (match labels and synonyms); for multi_select pass an array of option values; for booleans pass true or false; for numbers pass a number.',
    'Dates as YYYY-MM-DD, times as HH:MM (24 h), date-times as YYYY-MM-DDTHH:MM; resolve relative dates ("tomorrow", "next Friday") against today.',
    'Never invent a value the user did not give. Do not ask for or set hidden fields.',
    'Only informing and correcting fill fields: greetings, thanks, asides ("sorry, one sec") and questions are never values. Acknowledge an aside briefly; answer a question from the field descriptions, options and step instructions above, then ask your question again. If the user wants to stop, say their answers are kept and do not fill anything.',
    'Corrections come in many shapes ("actually …", "no, it\'s …", "make that …", "X, not Y"): set the corrected field. If the user removes a value ("no phone", "remove my phone number"), clear it with clear_wizard_field; an optional question answered with something else is passed.',
    'On a step without fields and at the review, any acknowledgement in ordinary words ("understood", "fair enough", "looks good, launch it") means go on; never insist on a particular word.',
    'If a tool returns ok:false, explain the problem in plain words and ask for that value again.',
    'If you are unsure of a value (ambiguous or misheard words), set it with a confidence below 0.7 and ask the user to confirm it; values marked unconfirmed above need confirmation too.',
    "When the current step's required fields are answered, call wizard_next_step and ask the next step's question.",
    settings.allow_back
      ? 'If the user wants to change an earlier answer, set it directly or use wizard_previous_step / wizard_go_to_step.'
      : 'Going back is not allowed in this wizard; corrections to earlier answers can still be set directly.',
    settings.confirm_before_complete
      ? 'When nothing required is missing, summarise every answer and ask for confirmation; call complete_wizard only after the user confirms.'
      : 'When nothing required is missing, briefly summarise the answers and call complete_wizard.',
    'Use get_wizard_state if you are unsure of the current state.',
  ];
  return ['## Rules', ...rules.map((r) => `- ${r}`)].join('\n');
}
