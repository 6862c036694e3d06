import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import type { WizardDefinition } from '../core/wizard/definition.js';
import type { Db } from '../db/client.js';
import { getPublishedVersion, listWizards } from '../db/wizards.js';
import type { ChangeAuthor, RunService } from '../runs/run-service.js';
import { mcpRunState } from './run-state.js';
import { startValuesSchema } from './start-schema.js';

/** What the MCP wizard server needs: the database (to list wizards), the run service, and the tenant. */
export interface WizardMcpOptions {
  db: Db;
  runs: RunService;
  /** The tenant whose published wizards become tools; every run it touches must belong to it. */
  tenantId: string;
  /** The server's version, reported to clients. */
  version?: string;
}

/** The name of the tool that starts a run of a wizard: `start_<slug>` (slugs are `[a-z0-9-]`). */
export function startToolName(slug: string): string {
  return `start_${slug}`.slice(0, 64);
}

const RunIdInput = { run_id: z.string().uuid().describe('The run id that start_<wizard> answered.') };

/**
 * An MCP server (@modelcontextprotocol/sdk) exposing a tenant's published wizards to another AI agent, a
 * channel like the web form, the guide, or the CLI:
 * - `list_wizards`: the wizards, their start tools and fields;
 * - `start_<slug>` per published wizard: starts a run (channel `mcp`), optionally with `values` typed per field;
 * - `get_wizard_state`, `set_wizard_field`, `wizard_next_step`, `wizard_previous_step`, `complete_wizard`:
 *   the guide's tool names, on a `run_id`.
 * Every change is a command through the run service with actor `agent` and provenance "set by agent
 * <client name>" (the name from the client's `initialize`), so the run is ordinary: live in the browser, its
 * webhooks delivered. Answers are the run's state as JSON (text and structuredContent); a refusal is a tool
 * error (`isError`) whose text says what to do. The tool list is read when the server is created.
 */
export async function createWizardMcpServer(options: WizardMcpOptions): Promise<McpServer> {
  const { db, runs, tenantId } = options;
  const server = new McpServer(
    { name: 'guidepost-wizards', version: options.version ?? '1' },
    {
      instructions:
        'Each start_<wizard> tool starts a run of a Guidepost wizard. Fill its fields with set_wizard_field, ' +
        'move with wizard_next_step, and finish with complete_wizard; every answer says what to do next.',
    },
  );
  const author = (): ChangeAuthor => {
    const agent = server.server.getClientVersion()?.name;
    return { actor: 'agent', provenance: { source: 'agent', confidence: 1, ...(agent ? { agent } : {}) } };
  };
  const ownRun = async (runId: string) => {
    const view = await runs.view(runId);
    if (view.run.tenantId !== tenantId) throw new DomainError('not_found', `run ${runId} was not found`);
    return view;
  };

  const wizards = await publishedWizards(db, tenantId);
  server.registerTool(
    'list_wizards',
    { description: 'The wizards you can fill, with the tool that starts each and its fields.' },
    async () =>
      json({
        wizards: wizards.map(({ definition }) => ({
          slug: definition.slug,
          name: definition.name,
          description: definition.description,
          start_tool: startToolName(definition.slug),
          fields: definition.steps.flatMap((s) => s.fields.map((f) => `${f.name} (${f.type})`)),
        })),
      }),
  );
  for (const { wizardId, definition } of wizards)
    server.registerTool(
      startToolName(definition.slug),
      {
        title: `Start "${definition.name}"`,
        description: `Start a run of the wizard "${definition.name}"${definition.description ? `: ${definition.description}` : ''}. Optionally pass values you already know.`,
        inputSchema: { values: startValuesSchema(definition).optional() },
      },
      (input) =>
        answer(async () => {
          const by = author();
          const { view } = await runs.start({ wizardId, channel: 'mcp', actor: 'agent' }, { tenantId });
          const values = (input.values ?? {}) as Record<string, unknown>;
          if (Object.keys(values).length === 0) return mcpRunState(view);
          const set = await runs.setValues(view.run.id, values, by);
          return { ...mcpRunState(set.view), refused: set.invalid };
        }),
    );

  server.registerTool(
    'get_wizard_state',
    {
      description: "A run's current step, its fields and values, and what is missing.",
      inputSchema: RunIdInput,
    },
    ({ run_id }) => answer(async () => mcpRunState(await ownRun(run_id))),
  );
  server.registerTool(
    'set_wizard_field',
    {
      description:
        'Set one field of the run (null clears it). Use option values for selects, YYYY-MM-DD for dates.',
      inputSchema: {
        ...RunIdInput,
        field_name: z.string().min(1).max(64).describe("The field's name, as get_wizard_state lists it."),
        value: z
          .union([z.string().max(10_000), z.number(), z.boolean(), z.array(z.string().max(1000)), z.null()])
          .describe('The value: text, a number, true/false, option value(s), or null to clear.'),
      },
    },
    ({ run_id, field_name, value }) =>
      answer(async () => {
        await ownRun(run_id);
        const result = await runs.setValues(run_id, { [field_name]: value }, author());
        if (result.invalid.length > 0)
          throw new DomainError('invalid', result.invalid.map((p) => p.reason).join('; '));
        return mcpRunState(result.view);
      }),
  );
  const navigation = [
    [
      'wizard_next_step',
      'next',
      'Go to the next step (refused while required fields of this step are empty).',
    ],
    ['wizard_previous_step', 'previous', 'Go back to the previous step.'],
  ] as const;
  for (const [name, action, description] of navigation)
    server.registerTool(name, { description, inputSchema: RunIdInput }, ({ run_id }) =>
      answer(async () => {
        await ownRun(run_id);
        return mcpRunState(await runs.navigate(run_id, action, undefined, author()));
      }),
    );
  server.registerTool(
    'complete_wizard',
    { description: 'Complete the run once every required field is filled.', inputSchema: RunIdInput },
    ({ run_id }) =>
      answer(async () => {
        await ownRun(run_id);
        return mcpRunState(await runs.complete(run_id, author()));
      }),
  );
  return server;
}

/** A wizard that can start runs: its id and the definition of its latest published version. */
interface PublishedWizard {
  wizardId: string;
  definition: WizardDefinition;
}

/** The tenant's wizards (not archived) that have a published version, with that version's definition. */
async function publishedWizards(db: Db, tenantId: string): Promise<PublishedWizard[]> {
  const listed = await listWizards(db, { tenant: tenantId });
  const found = await Promise.all(
    listed
      .filter((w) => w.latestVersion !== null)
      .map(async (w) => {
        const version = await getPublishedVersion(db, w.id);
        return version ? { wizardId: w.id, definition: version.definition } : null;
      }),
  );
  return found.filter((w): w is PublishedWizard => w !== null);
}

/** A tool answer: the value as JSON text and structuredContent; a domain refusal as a tool error. */
async function answer(work: () => Promise<object>): Promise<CallToolResult> {
  try {
    return json(await work());
  } catch (error) {
    if (DomainError.isInstance(error))
      return { isError: true, content: [{ type: 'text', text: error.message }] };
    throw error;
  }
}

function json(value: object): CallToolResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(value, null, 2) }],
    structuredContent: value as Record<string, unknown>,
  };
}
