import type { z } from 'zod';
import { eventProblems } from '../actions/check-events.js';
import { referencedVariables, unknownOperations } from './conditions.js';
import { isSelectType, WizardDefinitionBaseSchema, type WizardDefinition } from './definition.js';
import { appliedOptionSet } from './field-types/apply-button.js';
import { normaliseFieldValue } from './field-types/index.js';

/** A problem in a definition: where (a JSON path such as `steps.1.fields.0.options`) and what. */
export interface DefinitionProblem {
  path: string;
  message: string;
}

export type DefinitionParseResult =
  { ok: true; definition: WizardDefinition } | { ok: false; problems: DefinitionProblem[] };

/**
 * Parses and checks a wizard definition, returning every problem (structure first; when the structure is
 * sound, the cross-references too): duplicate step ids and field names, select fields without options,
 * duplicate option values, invalid patterns, defaults that are not valid values, conditions that read
 * unknown fields or use unknown JSON Logic operations, conditions on a field that read the field itself, and
 * events that name unknown steps, fields, options or targets of the wrong kind (see eventProblems).
 */
export function parseWizardDefinition(input: unknown): DefinitionParseResult {
  const parsed = WizardDefinitionBaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}

/** Flattens zod issues into path + message pairs. */
export function zodProblems(error: z.ZodError, prefix: Array<string | number> = []): DefinitionProblem[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

function crossCheck(def: WizardDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: Array<string | number>, message: string) =>
    problems.push({ path: path.join('.'), message });
  const fieldNames = new Set<string>();
  const stepIds = new Set<string>();
  def.steps.forEach((step, si) => {
    if (stepIds.has(step.id)) add(['steps', si, 'id'], `duplicate step id "${step.id}"`);
    stepIds.add(step.id);
    step.fields.forEach((field, fi) => {
      if (fieldNames.has(field.name))
        add(['steps', si, 'fields', fi, 'name'], `duplicate field name "${field.name}"`);
      fieldNames.add(field.name);
    });
  });
  const ctx = { defaultRegion: def.settings.default_region, referenceDate: new Date() };
  def.steps.forEach((step, si) => {
    checkLogic(step.skip_if, ['steps', si, 'skip_if'], fieldNames, undefined, add);
    step.fields.forEach((field, fi) => {
      const at = ['steps', si, 'fields', fi];
      // A dynamic_table's rows are loaded by an action (optionSet.onLoad): it may start empty.
      if (isSelectType(field.type) && field.type !== 'dynamic_table' && !field.options?.length)
        add([...at, 'options'], `a ${field.type} field needs at least one option`);
      if (field.type === 'apply_button') {
        const applied = appliedOptionSet(field);
        if (applied !== field.name && !fieldNames.has(applied))
          add([...at, 'settings', 'option_set'], `refers to unknown field "${applied}"`);
        if (field.required) add([...at, 'required'], 'a button cannot be required: it holds no value');
      }
      const seen = new Set<string>();
      field.options?.forEach((option, oi) => {
        if (seen.has(option.value))
          add([...at, 'options', oi, 'value'], `duplicate option value "${option.value}"`);
        seen.add(option.value);
      });
      if (field.validation?.pattern !== undefined) {
        try {
          new RegExp(field.validation.pattern);
        } catch {
          add(
            [...at, 'validation', 'pattern'],
            `"${field.validation.pattern}" is not a valid regular expression`,
          );
        }
      }
      const { min, max, min_length, max_length } = field.validation ?? {};
      if (min !== undefined && max !== undefined && min > max)
        add([...at, 'validation'], 'min is greater than max');
      if (min_length !== undefined && max_length !== undefined && min_length > max_length)
        add([...at, 'validation'], 'min_length is greater than max_length');
      if (field.default !== undefined) {
        const result = normaliseFieldValue(field, field.default, ctx);
        if (!result.ok) add([...at, 'default'], `the default ${result.message}`);
      }
      if (field.derive && !fieldNames.has(field.derive.from))
        add([...at, 'derive', 'from'], `refers to unknown field "${field.derive.from}"`);
      if (field.derive?.from === field.name)
        add([...at, 'derive', 'from'], 'a field cannot be derived from itself');
      for (const [key, logic] of Object.entries(field.conditions ?? {}))
        checkLogic(logic, [...at, 'conditions', key], fieldNames, field.name, add);
    });
  });
  def.events?.forEach((event, ei) =>
    checkLogic(event.conditions, ['events', ei, 'conditions'], fieldNames, undefined, add),
  );
  problems.push(...eventProblems(def));
  return problems;
}

function checkLogic(
  logic: unknown,
  path: Array<string | number>,
  fieldNames: Set<string>,
  self: string | undefined,
  add: (path: Array<string | number>, message: string) => void,
): void {
  if (logic === undefined) return;
  for (const op of unknownOperations(logic)) add(path, `unknown JSON Logic operation "${op}"`);
  for (const name of referencedVariables(logic)) {
    if (!fieldNames.has(name)) add(path, `refers to unknown field "${name}"`);
    else if (name === self) add(path, `a field's condition cannot depend on the field itself`);
  }
}
