import { z } from 'zod';
import {
  WizardDefinitionBaseSchema,
  WizardStatusSchema,
  type WizardDefinitionInput,
} from '../../../src/core/wizard/definition';
import { api } from '../api/http';
import { isApiProblem } from '../api/problem';

/** A template of `GET /api/v1/templates`: the wizard summary plus what a gallery card shows. */
export const TemplateItemSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: WizardStatusSchema,
  is_template: z.boolean(),
  builtin: z.boolean(),
  latest_version: z.number().int().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  description: z.string(),
  step_count: z.number().int(),
  guide_name: z.string(),
});
export type TemplateItem = z.infer<typeof TemplateItemSchema>;

/** A wizard of `GET /api/v1/wizards`: the template facts plus its runs and completion rate (0–1, null without runs). */
export const WizardListItemSchema = TemplateItemSchema.extend({
  runs: z.number().int(),
  completed_runs: z.number().int(),
  completion_rate: z.number().nullable(),
});
export type WizardListItem = z.infer<typeof WizardListItemSchema>;

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

const WizardPageSchema = pageOf(WizardListItemSchema);
const TemplatePageSchema = pageOf(TemplateItemSchema);
export type WizardPage = z.infer<typeof WizardPageSchema>;

/** The query of the wizard list: `status` undefined means every status but archived (the server's default). */
export interface WizardListQuery {
  q?: string;
  status?: z.infer<typeof WizardStatusSchema>;
  limit: number;
  offset: number;
}

/** `GET /api/v1/wizards` with the filter, validated. Throws ApiProblem, or a ZodError for a malformed answer. */
export async function fetchWizardPage(query: WizardListQuery): Promise<WizardPage> {
  const params = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset) });
  if (query.q) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  return WizardPageSchema.parse(await api(`/api/v1/wizards?${params}`));
}

/** Every template (`GET /api/v1/templates`, first 100), validated. Throws ApiProblem. */
export async function fetchTemplates(): Promise<TemplateItem[]> {
  return TemplatePageSchema.parse(await api('/api/v1/templates?limit=100')).items;
}

/** A template with the definition a clone starts from (`GET /api/v1/templates/:id`). Throws ApiProblem. */
export async function fetchTemplate(id: string) {
  const body = await api(`/api/v1/templates/${encodeURIComponent(id)}`);
  return TemplateItemSchema.pick({ id: true, name: true, slug: true })
    .extend({ definition: WizardDefinitionBaseSchema })
    .parse(body);
}

const Created = z.object({ id: z.string(), name: z.string() });
/** The new wizard of a create or clone answer. */
export type CreatedWizard = z.infer<typeof Created>;

/** The smallest valid draft: one step with one text question, for the builder to grow. */
export function blankWizard(slug: string): Omit<WizardDefinitionInput, 'id'> {
  return {
    name: 'Untitled wizard',
    slug,
    steps: [
      {
        id: 'step_1',
        title: 'Step 1',
        fields: [{ name: 'question_1', label: 'Question 1', type: 'text' }],
      },
    ],
  };
}

/**
 * Creates a blank draft (`POST /api/v1/wizards`) under the slug `untitled-wizard`, or a variant with a short
 * random suffix when that slug is taken (409). Throws ApiProblem.
 */
export async function createBlankWizard(): Promise<CreatedWizard> {
  try {
    return Created.parse(await api('/api/v1/wizards', { body: blankWizard('untitled-wizard') }));
  } catch (e) {
    if (!isApiProblem(e) || e.status !== 409) throw e;
    const suffix = Math.random().toString(36).slice(2, 7);
    return Created.parse(await api('/api/v1/wizards', { body: blankWizard(`untitled-wizard-${suffix}`) }));
  }
}

/** Copies a wizard's draft into a new draft "<name> (copy)". Throws ApiProblem. */
export async function cloneWizard(id: string): Promise<CreatedWizard> {
  return Created.parse(await api(`/api/v1/wizards/${encodeURIComponent(id)}/clone`, { method: 'POST' }));
}

/** Clones a template into the caller's tenant as a new draft. Throws ApiProblem (403 for members). */
export async function cloneTemplate(id: string): Promise<CreatedWizard> {
  return Created.parse(await api(`/api/v1/templates/${encodeURIComponent(id)}/clone`, { method: 'POST' }));
}

/** Archives a wizard (hidden from the default list; its versions and runs stay). Throws ApiProblem. */
export async function archiveWizard(id: string): Promise<void> {
  await api(`/api/v1/wizards/${encodeURIComponent(id)}/archive`, { method: 'POST' });
}

/** Deletes a wizard without runs. Throws ApiProblem (409 when it has runs: archive it instead). */
export async function deleteWizard(id: string): Promise<void> {
  await api(`/api/v1/wizards/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
