import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { expect } from 'vitest';

/** The structured answer of a wizard tool (see McpRunState), or its error text. */
export interface ToolAnswer {
  isError: boolean;
  text: string;
  state: {
    run_id: string;
    status: string;
    current_step: { id: string };
    missing_in_step: string[];
    [k: string]: unknown;
  };
}

/** Calls a tool and returns its answer. */
export async function call(client: Client, name: string, args: Record<string, unknown>): Promise<ToolAnswer> {
  const result = await client.callTool({ name, arguments: args });
  const content = result.content as Array<{ type: string; text?: string }>;
  return {
    isError: result.isError === true,
    text: content.map((c) => c.text ?? '').join('\n'),
    state: result.structuredContent as ToolAnswer['state'],
  };
}

/**
 * Fills the built-in lead-capture wizard through the MCP tools as an agent would: start with what it knows,
 * set the rest step by step, meet one refusal, go next, complete. Returns the run id.
 */
export async function fillLeadCapture(client: Client): Promise<string> {
  const tools = (await client.listTools()).tools.map((t) => t.name);
  expect(tools).toEqual(
    expect.arrayContaining([
      'list_wizards',
      'start_lead-capture',
      'get_wizard_state',
      'set_wizard_field',
      'wizard_next_step',
      'wizard_previous_step',
      'complete_wizard',
    ]),
  );
  const started = await call(client, 'start_lead-capture', {
    values: { full_name: 'Ada Lovelace', email: 'ada@example.com' },
  });
  expect(started.isError, started.text).toBe(false);
  const runId = started.state.run_id;
  expect(started.state.current_step.id).toBe('contact');
  expect(started.state.missing_in_step).toEqual([]);

  const refused = await call(client, 'set_wizard_field', {
    run_id: runId,
    field_name: 'email',
    value: 'not an email',
  });
  expect(refused.isError).toBe(true);
  expect(refused.text).toMatch(/email/i);

  const steps: Array<[string, Record<string, unknown>]> = [
    ['company', { company: 'Analytical Engines', budget: '20k-50k' }],
    ['timeline', { timeline: '2026-03-13' }],
    ['consent', { consent: true }],
  ];
  for (const [step, values] of steps) {
    const moved = await call(client, 'wizard_next_step', { run_id: runId });
    expect(moved.state.current_step.id, moved.text).toBe(step);
    for (const [field_name, value] of Object.entries(values)) {
      const set = await call(client, 'set_wizard_field', { run_id: runId, field_name, value });
      expect(set.isError, set.text).toBe(false);
    }
  }
  const review = await call(client, 'wizard_next_step', { run_id: runId });
  expect(review.state.current_step.id).toBe('review');
  const completed = await call(client, 'complete_wizard', { run_id: runId });
  expect(completed.state.status).toBe('completed');
  return runId;
}
