import { expect, it } from 'vitest';
import { Runtime } from '../../src/runtime/runtime.js';
import { COULD_NOT_HEAR_REPLY } from '../../src/voice/deaf-fallback.js';
import { startWizardCall, type WizardCall } from '../../src/voice/wizard-call.js';
import {
  describeEachRuntime,
  FailingSTT,
  RecordingLogger,
  RecordingParticipant,
  type VoiceContext,
} from './voice-helpers.js';

/** The lines of src/builtin/conversations/sidekick-chatty.txt, said one per turn. */
const CHATTY = [
  'hey there',
  "let's call it Biscuit",
  'why do you need a personality?',
  'playful and patient, explains recipes step by step and loves bad puns',
  'which voices are there?',
  'the calm female one',
  'skip',
  'ok',
  'keep it simple',
  'got it, thanks',
  'yes, create it',
];

async function startCall(ctx: VoiceContext, runId: string, participant: RecordingParticipant, extra = {}) {
  return startWizardCall(
    { metadata: JSON.stringify({ run_id: runId }), publisher: participant },
    { runs: ctx.runtime.runs, log: new RecordingLogger(), ...extra },
  );
}

async function newRun(ctx: VoiceContext): Promise<string> {
  const { view } = await ctx.runtime.runs.start(
    { slug: 'create-a-sidekick', channel: 'chat', referenceDate: '2026-03-02' },
    null,
  );
  return view.run.id;
}

/** What the agent said in the call so far (its messages in the session's history). */
function saidBy(call: WizardCall): string[] {
  return call.session.history.items.flatMap((i) =>
    i.type === 'message' && i.role === 'assistant' ? [i.textContent ?? ''] : [],
  );
}

/** Says one line to the call in text mode and waits for the guide's whole answer. */
function say(call: WizardCall, line: string) {
  return call.session.run({ userInput: line }).wait();
}

describeEachRuntime('a wizard guide call through the AgentSession, in text mode', (ctx) => {
  it('fills create-a-sidekick by voice: function calls, speakable replies, voice events, data messages', async () => {
    const runId = await newRun(ctx);
    const participant = new RecordingParticipant();
    const call = await startCall(ctx, runId, participant);
    try {
      const name = await say(call, "let's call it Biscuit");
      name.expect.nextEvent().isMessage({ role: 'assistant' });
      name.expect
        .nextEvent()
        .isFunctionCall({ name: 'set_wizard_field', args: { field_name: 'name', value: 'Biscuit' } });
      name.expect.nextEvent().isFunctionCall({ name: 'wizard_next_step' });
      name.expect.nextEvent().isFunctionCallOutput();
      name.expect.nextEvent().isFunctionCallOutput();
      name.expect.noMoreEvents();
      const nameReply = name.expect.at(0).isMessage().event().item.textContent ?? '';
      expect(nameReply).toContain('personality');

      for (const line of CHATTY.slice(2, -1)) await say(call, line);
      const voices = saidBy(call).join('\n');
      // Replies said aloud carry no markdown and no quotes.
      expect(voices).not.toMatch(/[*`"#]/);

      const last = await say(call, 'yes, create it');
      last.expect.containsFunctionCall({ name: 'complete_wizard' });
    } finally {
      await call.close();
    }

    const view = await ctx.runtime.runs.view(runId);
    expect(view.run.status).toBe('completed');
    expect(view.snapshot.values).toMatchObject({
      name: 'Biscuit',
      voice_id: 'warm-calm-female',
      config_mode: 'default',
    });
    const { events } = await ctx.runtime.runRecords.events(view.run, 0);
    const guideEvents = events.filter((e) => e.event.actor === 'guide');
    expect(guideEvents.length).toBeGreaterThan(5);
    expect(guideEvents.every((e) => e.event.channel === 'voice')).toBe(true);
    expect(events.find((e) => e.event.type === 'wizard_complete')?.event).toMatchObject({
      actor: 'guide',
      channel: 'voice',
    });

    const transcript = await ctx.runtime.runRecords.transcript(runId);
    const said = transcript.map((t) => `${t.role}: ${t.text}`);
    expect(said).toContain("user: let's call it Biscuit");
    expect(said).toContain('user: yes, create it');
    expect(transcript.filter((t) => t.role === 'agent').length).toBeGreaterThan(CHATTY.length - 1);

    expect(participant.published.every((p) => p.topic === 'wizard' && p.reliable)).toBe(true);
    const messages = participant.published.map((p) => p.message);
    expect(messages[0]).toEqual({
      type: 'wizard_field_update',
      data: { field: 'name', value: 'Biscuit', form_data: expect.objectContaining({ name: 'Biscuit' }) },
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(messages[1]).toMatchObject({ type: 'wizard_step_change', data: { current_step: 'personality' } });
    expect(messages.at(-1)).toMatchObject({
      type: 'wizard_complete',
      data: {
        ready_to_submit: true,
        form_data: expect.objectContaining({ name: 'Biscuit', voice_id: 'warm-calm-female' }),
      },
    });
  });

  it('keeps every answer when a job dies mid-run; a new job resumes at the question the run is at', async () => {
    const runId = await newRun(ctx);
    const first = await startCall(ctx, runId, new RecordingParticipant());
    // Another name than the first test's: a completed create-a-sidekick run made a sidekick "biscuit".
    await say(first, "let's call it Pepper");
    await say(first, 'playful and patient, explains recipes step by step and loves bad puns');
    // The job dies: its session is gone without a goodbye.
    await first.close();

    // A new job runs in another worker process: a runtime of its own on the same database, no cached guide.
    const worker = await Runtime.open({
      config: ctx.runtime.config,
      database: ctx.database,
      log: new RecordingLogger(),
      workers: false,
    });
    try {
      const second = await startWizardCall(
        { metadata: JSON.stringify({ run_id: runId }), publisher: new RecordingParticipant() },
        { runs: worker.runs, log: new RecordingLogger() },
      );
      try {
        // It opens with the question the run is at: the voice step's voice prompt.
        await expect
          .poll(() => saidBy(second).join(' '), { timeout: 15_000 })
          .toContain('Which voice should it have?');
        for (const line of CHATTY.slice(5)) await say(second, line);
      } finally {
        await second.close();
      }
    } finally {
      await worker.stop();
    }
    const view = await ctx.runtime.runs.view(runId);
    expect(view.run.status).toBe('completed');
    expect(view.snapshot.values).toMatchObject({ name: 'Pepper', voice_id: 'warm-calm-female' });
    expect(String(view.snapshot.values.personality_description)).toContain('recipes');
  });

  it('says it cannot hear when the recogniser fails, and goes on with typed messages', async () => {
    const runId = await newRun(ctx);
    const participant = new RecordingParticipant();
    const recogniser = new FailingSTT();
    const call = await startCall(ctx, runId, participant, { stt: recogniser });
    try {
      recogniser.fail(new Error('deepgram: 401 invalid credentials'));
      await expect.poll(() => participant.types(), { timeout: 15_000 }).toContain('voice_input_unavailable');
      await expect.poll(() => saidBy(call), { timeout: 15_000 }).toContain(COULD_NOT_HEAR_REPLY);
      expect(call.session.input.audioEnabled).toBe(false);

      const typed = await say(call, "let's call it Mango");
      typed.expect.containsFunctionCall({ name: 'set_wizard_field' });
    } finally {
      await call.close();
    }
    expect((await ctx.runtime.runs.view(runId)).snapshot.values).toMatchObject({ name: 'Mango' });
  });

  it('ends a job whose metadata names an unknown run with a logged error', async () => {
    const { runVoiceJob } = await import('../../src/voice/job.js');
    const log = new RecordingLogger();
    const ended: string[] = [];
    await runVoiceJob(
      {
        agentName: 'wizard-guide-agent',
        metadata: JSON.stringify({ run_id: '00000000-0000-4000-8000-000000000000' }),
        publisher: null,
        shutdown: (reason) => ended.push(reason),
      },
      { runs: ctx.runtime.runs, sidekicks: ctx.runtime.sidekicks, chat: ctx.runtime.chat, log },
    );
    expect(log.errors()).toEqual(['the voice job could not start']);
    expect(ended).toHaveLength(1);
    expect(ended[0]).toContain('run 00000000-0000-4000-8000-000000000000 does not exist');
  });
});
