import { describe, expect, it } from 'vitest';
import { prefillTypedFields } from '../../src/guide/nlu/index.js';
import { createToolbox } from '../../src/guide/toolbox.js';
import { NOW, leadCapture, startSession } from './embedded-helpers.js';

describe('prefillTypedFields (the hybrid brain pre-fill)', () => {
  it('sets typed values found anywhere and returns notes; leaves free text alone', async () => {
    const { run } = await startSession(leadCapture);
    const tools = createToolbox(run);
    const notes = await prefillTypedFields({
      definition: run.definition,
      snapshot: tools.snapshot(),
      userText: "I'm Ann Lee, ann@example.com",
      history: [],
      tools,
      now: NOW,
    });
    expect(notes).toEqual(['email = "ann@example.com"']);
    expect(run.state().values).toEqual({ email: 'ann@example.com' });
  });
});
