import { Liquid } from 'liquidjs';
import { formatFieldValue } from '../core/wizard/field-types/index.js';
import { allFields } from '../core/wizard/navigation.js';
import type { WizardDefinition } from '../core/wizard/definition.js';

/** The longest subject an email gets, in characters (longer rendered subjects are cut). */
export const SUBJECT_MAX = 300;

const liquid = new Liquid({
  strictFilters: true,
  ownPropertyOnly: true,
  parseLimit: 10_000,
  renderLimit: 200,
  memoryLimit: 1_000_000,
});

/** What a completion email is made from: the run's pinned definition, values and facts. */
export interface CompletedRun {
  id: string;
  definition: WizardDefinition;
  values: Record<string, unknown>;
  channel: string;
  completedAt: Date;
  /** The run's page in the app (absolute), or null when no public URL is known. */
  link: string | null;
}

/**
 * Checks a subject template (liquid). Returns the parse error's message, or null when it parses.
 * Templates see `wizard.name`, `run.id`, `run.channel` and `values.<field>`.
 */
export function subjectProblem(template: string): string | null {
  try {
    liquid.parse(template);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The completion email of a run: the subject template rendered (`{{ wizard.name }}`, `{{ values.email }}`,
 * `{{ run.id }}`; one line, at most SUBJECT_MAX characters; the wizard's name when the template fails or
 * renders empty) and a plain-text body listing every answered field as "Label: value" in step order, the
 * completion time and channel, and the link to the run.
 */
export async function completionEmail(
  run: CompletedRun,
  subjectTemplate: string,
): Promise<{ subject: string; text: string }> {
  const scope = {
    wizard: { name: run.definition.name },
    run: { id: run.id, channel: run.channel },
    values: run.values,
  };
  let subject: string;
  try {
    subject = (await liquid.parseAndRender(subjectTemplate, scope)).replace(/\s+/g, ' ').trim();
  } catch {
    subject = '';
  }
  if (!subject) subject = `${run.definition.name}: a run was completed`;
  const lines = allFields(run.definition)
    .map(({ field }) => ({ label: field.label, text: formatFieldValue(field, run.values[field.name]) }))
    .filter((f) => f.text !== '')
    .map((f) => `${f.label}: ${f.text}`);
  const text = [
    `A run of "${run.definition.name}" was completed on ${run.completedAt.toISOString()} (${run.channel}).`,
    '',
    ...(lines.length > 0 ? lines : ['(no answers)']),
    ...(run.link ? ['', `See the run: ${run.link}`] : []),
    '',
  ].join('\n');
  return { subject: subject.slice(0, SUBJECT_MAX), text };
}
