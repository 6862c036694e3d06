import { describe, expect, it } from 'vitest';
import { createToolbox } from '../toolbox.js';
import { leadWizard, startedRun } from './fixture.test-support.js';
import { buildToolSchemas, createGuideTools, type CompactToolResult } from './tools.js';

const execOptions = { toolCallId: 't1', messages: [] };

describe('guide tool schemas', () => {
  const schemas = buildToolSchemas(leadWizard());

  it('accepts known field names and every value shape', () => {
    for (const value of ['ann@example.com', 42, true, ['a', 'b']]) {
      expect(schemas.set_wizard_field.safeParse({ field_name: 'email', value }).success).toBe(true);
    }
  });

  it('rejects unknown field names, odd values and out-of-range confidence', () => {
    expect(schemas.set_wizard_field.safeParse({ field_name: 'mail', value: 'x' }).success).toBe(false);
    expect(schemas.clear_wizard_field.safeParse({ field_name: 'nope' }).success).toBe(false);
    expect(schemas.set_wizard_field.safeParse({ field_name: 'email', value: { a: 1 } }).success).toBe(false);
    expect(
      schemas.set_wizard_field.safeParse({ field_name: 'email', value: 'x', confidence: 2 }).success,
    ).toBe(false);
  });

  it('limits step ids to the wizard steps', () => {
    expect(schemas.wizard_go_to_step.safeParse({ step_id: 'project' }).success).toBe(true);
    expect(schemas.wizard_go_to_step.safeParse({ step_id: 'payment' }).success).toBe(false);
  });
});

describe('createGuideTools', () => {
  it('executes through the toolbox and returns compact JSON', async () => {
    const definition = leadWizard();
    const run = await startedRun(definition);
    const toolbox = createToolbox(run);
    const tools = createGuideTools(definition, toolbox, { utterance: 'ann@example.com please' });

    const ok = (await tools.set_wizard_field.execute!(
      { field_name: 'email', value: 'ann@example.com', confidence: 0.9 },
      execOptions,
    )) as CompactToolResult;
    expect(ok).toMatchObject({ ok: true, status: 'active', current_step: 'contact', missing_in_step: [] });
    expect(ok.message).toContain('Email');
    expect(ok.missing_required).toEqual(['budget']);
    expect(ok).not.toHaveProperty('snapshot');

    const next = (await tools.wizard_next_step.execute!({}, execOptions)) as CompactToolResult;
    expect(next).toMatchObject({ ok: true, current_step: 'project', next_question: "What's your budget?" });

    const bad = (await tools.set_wizard_field.execute!(
      { field_name: 'budget', value: 'enormous' },
      execOptions,
    )) as CompactToolResult;
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/\S/);
    expect(bad.missing_in_step).toEqual(['budget']);

    const { calls } = toolbox.drain();
    expect(calls.map((c) => c.name)).toEqual(['set_wizard_field', 'wizard_next_step', 'set_wizard_field']);
    expect(calls[0]!.args).toMatchObject({
      confidence: 0.9,
      utterance: 'ann@example.com please',
      extractor: 'llm',
    });
    expect(run.state().provenance.email).toMatchObject({
      source: 'guide',
      confidence: 0.9,
      extractor: 'llm',
    });
  });

  it('reports every result to onResult', async () => {
    const definition = leadWizard();
    const toolbox = createToolbox(await startedRun(definition));
    const seen: boolean[] = [];
    const tools = createGuideTools(definition, toolbox, { onResult: (r) => seen.push(r.ok) });
    await tools.get_wizard_state.execute!({}, execOptions);
    await tools.wizard_next_step.execute!({}, execOptions); // email missing: refused
    expect(seen).toEqual([true, false]);
  });
});
