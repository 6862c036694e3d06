import { z } from 'zod';
import {
  WizardDefinitionBaseSchema,
  WizardStatusSchema,
  type WizardDefinition,
} from '../../../src/core/wizard/definition';
import { api } from '../api/http';
import { rememberRunToken } from '../api/run-tokens';

/**
 * The builder's calls to the wizards and runs API. Every answer is checked with zod, so a server that
 * answers something unexpected fails loudly here rather than deep inside the editor. All functions throw
 * `ApiProblem` (src/api/problem.ts) for a refusal or a network failure, and `ZodError` for a malformed answer.
 */

/** A problem of a draft at a JSON path of the definition, e.g. `steps.1.fields.0.conditions.show_if`. */
export const DraftProblemSchema = z.object({ path: z.string(), message: z.string() });
export type DraftProblem = z.infer<typeof DraftProblemSchema>;

/** One published version of a wizard (newest first in lists). */
export const VersionSummarySchema = z.object({ version: z.number().int(), published_at: z.string() });
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

/** `GET/PUT /api/v1/wizards/:id`: the wizard row, its draft, the draft's problems and its published versions. */
export const WizardDetailSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: WizardStatusSchema,
  latest_version: z.number().int().nullable(),
  updated_at: z.string(),
  draft: WizardDefinitionBaseSchema,
  problems: z.array(DraftProblemSchema),
  versions: z.array(VersionSummarySchema),
});
export type WizardDetail = z.infer<typeof WizardDetailSchema>;

const base = (wizardId: string) => `/api/v1/wizards/${encodeURIComponent(wizardId)}`;

/** Loads a wizard with its draft (`GET /api/v1/wizards/:id`). */
export async function fetchWizard(wizardId: string): Promise<WizardDetail> {
  return WizardDetailSchema.parse(await api(base(wizardId)));
}

/** Replaces the wizard's draft with `draft` (`PUT /api/v1/wizards/:id`); archived wizards answer 409. */
export async function saveDraft(wizardId: string, draft: WizardDefinition): Promise<WizardDetail> {
  return WizardDetailSchema.parse(await api(base(wizardId), { method: 'PUT', body: draft }));
}

/** Publishes the saved draft as a new version; a draft with problems answers 422 listing `problems`. */
export async function publishWizard(wizardId: string): Promise<{ version: number; wizard: WizardDetail }> {
  const answer = z
    .object({ version: z.number().int(), wizard: WizardDetailSchema })
    .parse(await api(`${base(wizardId)}/publish`, { method: 'POST' }));
  return answer;
}

/** The published versions, newest first (`GET /api/v1/wizards/:id/versions`). */
export async function fetchVersions(wizardId: string): Promise<VersionSummary[]> {
  const answer = z
    .object({ items: z.array(VersionSummarySchema) })
    .parse(await api(`${base(wizardId)}/versions`));
  return answer.items;
}

/** One published version with its definition (`GET /api/v1/wizards/:id/versions/:version`). */
export async function fetchVersion(
  wizardId: string,
  version: number,
): Promise<VersionSummary & { definition: WizardDefinition }> {
  return VersionSummarySchema.extend({ definition: WizardDefinitionBaseSchema }).parse(
    await api(`${base(wizardId)}/versions/${version}`),
  );
}

/** The saved draft as a wizard file `{version: 1, wizard}` (`GET /api/v1/wizards/:id/export`), as pretty JSON text. */
export async function exportWizardFile(wizardId: string): Promise<string> {
  const file = z
    .object({ version: z.number(), wizard: z.unknown() })
    .loose()
    .parse(await api(`${base(wizardId)}/export`));
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Starts a run of the wizard's latest published version (`POST /api/v1/runs`) on the chat channel, so its
 * guide greets beside the form as on runs started from the templates, keeps its run token for this tab, and
 * returns the run's id.
 */
export async function startBuilderRun(wizardId: string): Promise<string> {
  const answer = z
    .object({ run: z.object({ id: z.string() }), run_token: z.string() })
    .parse(await api('/api/v1/runs', { body: { wizard_id: wizardId, channel: 'chat' } }));
  rememberRunToken(answer.run.id, answer.run_token);
  return answer.run.id;
}

/** The problems a refusal carries in its `problems` extension (publish 422), or none. */
export function refusalProblems(body: Record<string, unknown>): DraftProblem[] {
  const parsed = z.array(DraftProblemSchema).safeParse(body.problems);
  return parsed.success ? parsed.data : [];
}
