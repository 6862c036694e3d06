import { z } from 'zod';
import { WizardDefinitionBaseSchema, WizardStatusSchema } from '../../../core/wizard/definition.js';
import type { WizardDetail, WizardListItem, WizardSummary } from '../../../wizards/index.js';

/** Request and response schemas of the wizard and template routes, and the row → JSON mappers. */

export const WizardParams = z.object({ id: z.uuid({ error: 'must be a wizard id (a uuid)' }) });

export const ListQuery = z.object({
  status: WizardStatusSchema.optional().describe('default: every status but archived'),
  q: z.string().trim().min(1).max(200).optional().describe('a case-insensitive part of the name'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A wizard definition as clients send it; its structure is checked (422 lists every problem). */
export const DefinitionBody = z
  .looseObject({})
  .describe(
    'a wizard definition (WizardDefinition; `id` may be omitted); a bad structure → 422 with every problem, ' +
      'while cross-reference problems are saved and listed in `problems`',
  );

/** A problem that keeps a draft from being published, at a JSON path of the definition. */
export const DefinitionProblemSchema = z.object({
  path: z.string().describe('e.g. steps.1.fields.0.conditions.show_if'),
  message: z.string(),
});

export const WizardSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  status: WizardStatusSchema,
  is_template: z.boolean(),
  builtin: z.boolean(),
  latest_version: z.number().int().nullable().describe('null until the first publish'),
  created_at: z.string(),
  updated_at: z.string(),
});

export const VersionSummarySchema = z.object({ version: z.number().int(), published_at: z.string() });

export const WizardDetailSchema = WizardSummarySchema.extend({
  draft: WizardDefinitionBaseSchema.describe('the editable draft'),
  problems: z
    .array(DefinitionProblemSchema)
    .describe('every problem of the draft (empty when it is sound); publish is refused while any exists'),
  versions: z.array(VersionSummarySchema).describe('published versions, newest first'),
});

/** What a card of the templates gallery shows beyond the summary, read from the draft. */
export const TemplateItemSchema = WizardSummarySchema.extend({
  description: z.string().describe("the draft's description ('' when none)"),
  step_count: z.number().int().describe('steps of the draft'),
  guide_name: z.string().describe("the name of the draft's guide"),
});

/** A wizard of the list: the template facts plus its runs in the tenant. */
export const WizardListItemSchema = TemplateItemSchema.extend({
  runs: z.number().int().describe('runs of this wizard in the tenant, any status'),
  completed_runs: z.number().int().describe('of those, the completed ones'),
  completion_rate: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('completed_runs / runs (0 to 1); null while there is no run'),
});

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().describe('wizards matching the filter, on every page'),
    limit: z.number().int(),
    offset: z.number().int(),
  });

/** A page of the wizard list. */
export const PageSchema = page(WizardListItemSchema);
/** A page of the templates gallery. */
export const TemplatePageSchema = page(TemplateItemSchema);

export const CloneBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional().describe('default: "<name> (copy)"'),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
      .max(100)
      .optional()
      .describe("default: the source's slug, with -2, -3… when taken"),
  })
  .nullish()
  .describe('optional');

export const WizardFileSchema = z.object({ version: z.literal(1), wizard: WizardDefinitionBaseSchema });

/** A wizard row (without its draft) as JSON. */
export function summaryJson(row: WizardSummary): z.infer<typeof WizardSummarySchema> {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    is_template: row.isTemplate,
    builtin: row.builtin,
    latest_version: row.latestVersion,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** A wizard of a list with its facts as a templates-gallery item. */
export function templateItemJson({ wizard, facts }: WizardListItem): z.infer<typeof TemplateItemSchema> {
  return {
    ...summaryJson(wizard),
    description: facts.description,
    step_count: facts.stepCount,
    guide_name: facts.guideName,
  };
}

/** A wizard of a list with its facts as a wizard-list item. */
export function listItemJson(item: WizardListItem): z.infer<typeof WizardListItemSchema> {
  const { runs, completedRuns } = item.facts;
  return {
    ...templateItemJson(item),
    runs,
    completed_runs: completedRuns,
    completion_rate: runs === 0 ? null : completedRuns / runs,
  };
}

/** A wizard with its draft, the draft's problems and its published versions as JSON. */
export function detailJson({ wizard, problems, versions }: WizardDetail): z.infer<typeof WizardDetailSchema> {
  return {
    ...summaryJson(wizard),
    draft: wizard.draft,
    problems,
    versions: versions.map(versionJson),
  };
}

/** A published version's number and date as JSON. */
export function versionJson(v: { version: number; publishedAt: Date }): z.infer<typeof VersionSummarySchema> {
  return { version: v.version, published_at: v.publishedAt.toISOString() };
}
