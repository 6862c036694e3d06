import type { WizardDefinition } from '../../../src/core/wizard/definition';
import type { DraftProblem } from './builder-api';

/**
 * Maps the engine's problem paths (`steps.1.fields.0.conditions.show_if`, `steps.0.title`, `slug`,
 * `(root)`) to the thing they are about, so the builder can show each problem next to it and count them in
 * the outline.
 */

/** Where a problem belongs: the wizard itself, a step, or a field of a step (indexes are 0-based). */
export type ProblemTarget =
  | { kind: 'wizard'; path: string }
  | { kind: 'step'; step: number; path: string }
  | { kind: 'field'; step: number; field: number; path: string };

/** A problem with its path made relative to its target (`''` when it is about the target as a whole). */
export type LocatedProblem = ProblemTarget & { message: string };

const EVENT = /^events\.(\d+)(?:\.actions\.(\d+))?(?:\.(.*))?$/;
const FIELD = /^steps\.(\d+)\.fields\.(\d+)(?:\.(.*))?$/;
const STEP = /^steps\.(\d+)(?:\.(.*))?$/;

/**
 * The target of a problem path. A `wizard.` prefix (wizard files) is dropped; `steps.1.fields` (the list
 * itself) belongs to step 1; anything outside `steps.N` (name, slug, guide.name, steps, (root)) to the wizard.
 */
export function locateProblem(path: string): ProblemTarget {
  const p = path.startsWith('wizard.') ? path.slice('wizard.'.length) : path;
  const field = FIELD.exec(p);
  if (field) return { kind: 'field', step: Number(field[1]), field: Number(field[2]), path: field[3] ?? '' };
  const step = STEP.exec(p);
  if (step) return { kind: 'step', step: Number(step[1]), path: step[2] ?? '' };
  return { kind: 'wizard', path: p === '(root)' ? '' : p };
}

/** Problems grouped by target, for the editor panes and the outline's badges. */
export interface ProblemIndex {
  all: DraftProblem[];
  /** Problems of the wizard's own properties, path relative to the wizard (`slug`, `guide.name`). */
  wizard: DraftProblem[];
  /** Problems of a step's own properties (not its fields), keyed by step index. */
  step(step: number): DraftProblem[];
  /** Problems of a field, paths relative to the field, keyed by step and field index. */
  field(step: number, field: number): DraftProblem[];
  /** How many problems a step has, its fields' included: the outline's badge. */
  stepTotal(step: number): number;
}

/** Groups problems by the wizard, step or field they are about. */
export function indexProblems(problems: DraftProblem[]): ProblemIndex {
  const wizard: DraftProblem[] = [];
  const steps = new Map<number, DraftProblem[]>();
  const fields = new Map<string, DraftProblem[]>();
  const totals = new Map<number, number>();
  const push = <K>(map: Map<K, DraftProblem[]>, key: K, problem: DraftProblem) =>
    map.set(key, [...(map.get(key) ?? []), problem]);
  for (const problem of problems) {
    const target = locateProblem(problem.path);
    const relative = { path: target.path, message: problem.message };
    if (target.kind === 'wizard') wizard.push(relative);
    else {
      totals.set(target.step, (totals.get(target.step) ?? 0) + 1);
      if (target.kind === 'step') push(steps, target.step, relative);
      else push(fields, `${target.step}.${target.field}`, relative);
    }
  }
  return {
    all: problems,
    wizard,
    step: (step) => steps.get(step) ?? [],
    field: (step, field) => fields.get(`${step}.${field}`) ?? [],
    stepTotal: (step) => totals.get(step) ?? 0,
  };
}

/** The messages of problems at exactly one relative path (`''` = the thing as a whole). */
export function messagesAt(problems: DraftProblem[], path: string): string[] {
  return problems.filter((p) => p.path === path).map((p) => p.message);
}

/** The messages of problems at a path or under it (`guide` finds `guide.name`). */
export function messagesUnder(problems: DraftProblem[], path: string): string[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`)).map((p) => p.message);
}

/**
 * Where a problem is, in words a builder user reads: `Step 2 “Company” › “Company name” › conditions.show_if`.
 * Indexes beyond the definition fall back to numbers.
 */
export function describeProblemPath(definition: WizardDefinition, path: string): string {
  const target = locateProblem(path);
  const event = target.kind === 'wizard' ? EVENT.exec(target.path) : null;
  if (event) return describeEventPath(definition, event);
  if (target.kind === 'wizard') return target.path ? `Wizard › ${target.path}` : 'Wizard';
  const step = definition.steps[target.step];
  const parts = [step ? `Step ${target.step + 1} “${step.title}”` : `Step ${target.step + 1}`];
  if (target.kind === 'field') {
    const field = step?.fields[target.field];
    parts.push(field ? `“${field.label}”` : `field ${target.field + 1}`);
  }
  if (target.path) parts.push(target.path);
  return parts.join(' › ');
}

/** `Event “Load the cities” › action “fetch” › config.path` for a path under `events.N`. */
function describeEventPath(definition: WizardDefinition, match: RegExpExecArray): string {
  const event = definition.events?.[Number(match[1])];
  const parts = [event ? `Event “${event.name}”` : `Event ${Number(match[1]) + 1}`];
  if (match[2] !== undefined) {
    const action = event?.actions[Number(match[2])];
    parts.push(action ? `action “${action.name ?? action.id}”` : `action ${Number(match[2]) + 1}`);
  }
  if (match[3]) parts.push(match[3]);
  return parts.join(' › ');
}

/**
 * The problems to show: the local check of the current draft, plus the server's problems of the saved
 * draft when nothing changed since it was saved (they may know more than the browser). Duplicates
 * (same path and message) count once.
 */
export function mergeProblems(
  local: DraftProblem[],
  server: DraftProblem[],
  draftSaved: boolean,
): DraftProblem[] {
  if (!draftSaved) return local;
  const seen = new Set(local.map((p) => `${p.path}\u0000${p.message}`));
  return [...local, ...server.filter((p) => !seen.has(`${p.path}\u0000${p.message}`))];
}
