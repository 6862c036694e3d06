import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../../src/guide/nlu/nlu.js';
import type { Nlu } from '../../src/guide/nlu/index.js';
import { NOW, leadCapture, startSession } from './embedded-helpers.js';

/** Runs turns, returning the last reply. */
async function say(
  session: Awaited<ReturnType<typeof startSession>>['session'],
  ...turns: string[]
): Promise<string> {
  let reply = '';
  for (const t of turns) reply = (await session.send(t)).reply;
  return reply;
}

describe('EmbeddedBrain on a lead-capture wizard', () => {
  it('greets with its name and asks the first step voice prompt', async () => {
    const { session } = await startSession(leadCapture);
    const { reply } = await session.greet();
    expect(reply).toContain("Hi, I'm Ada");
    expect(reply).toContain("Let's start with your full name.");
  });

  it('fills the whole wizard by conversation and completes on confirmation', async () => {
    const { session, run } = await startSession(leadCapture);
    await session.greet();
    let turn = await session.send('Ann Lee');
    expect(run.state().values.full_name).toBe('Ann Lee');
    expect(turn.reply).toMatch(/email/i);
    turn = await session.send('ann@example.com');
    expect(run.state().values.email).toBe('ann@example.com');
    expect(turn.reply).toMatch(/phone/i);
    turn = await session.send('415 555 0100');
    expect(run.state().values.phone).toBe('+14155550100');
    expect(turn.reply).toMatch(/company/i);
    turn = await session.send('skip');
    expect(run.state().current_step_id).toBe('project');
    expect(turn.tool_calls.map((c) => c.name)).toContain('wizard_next_step');
    expect(turn.reply).toContain('Under $5,000');
    await session.send('about 10k');
    expect(run.state().values.budget).toBe('5k-20k');
    await session.send('next Friday');
    expect(run.state().values.timeline).toBe('2026-03-13');
    turn = await session.send('yes');
    expect(run.state().values.consent).toBe(true);
    expect(turn.snapshot.is_review).toBe(true);
    expect(turn.reply).toMatch(/^Here's what I have: .*Ann Lee.*ann@example\.com.*Shall I submit\?$/);
    turn = await session.send('yes please');
    expect(turn.tool_calls.map((c) => c.name)).toContain('complete_wizard');
    expect(run.state().status).toBe('completed');
    expect(turn.reply).toMatch(/done/i);
    expect((await session.send('thanks')).reply).toMatch(/finished/i);
  });

  it('fills an email given unasked', async () => {
    const { session, run } = await startSession(leadCapture);
    await session.greet();
    const turn = await session.send('Ann Lee, and my email is ann@example.com');
    expect(run.state().values.email).toBe('ann@example.com');
    expect(run.state().values.full_name).toBe('Ann Lee');
    expect(turn.reply).toMatch(/phone/i);
  });

  it('goes back a step', async () => {
    const { session, run } = await startSession(leadCapture);
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com', 'skip', 'skip');
    expect(run.state().current_step_id).toBe('project');
    const reply = await say(session, 'go back');
    expect(run.state().current_step_id).toBe('contact');
    expect(reply).toMatch(/go back/i);
    expect(reply).toContain('Ann Lee');
    await say(session, 'yes');
    expect(run.state().current_step_id).toBe('project');
  });

  it('starts over: clears every value and returns to the first step', async () => {
    const { session, run } = await startSession(leadCapture);
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com', 'skip', 'skip');
    const reply = await say(session, 'start over');
    expect(run.state().values).toEqual({});
    expect(run.state().current_step_id).toBe('contact');
    expect(reply).toMatch(/start over/i);
    expect(reply).toMatch(/full name/i);
  });

  it('takes a correction: "actually my email is bob@x.io"', async () => {
    const { session, run } = await startSession(leadCapture);
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com');
    const reply = await say(session, 'actually my email is bob@x.io');
    expect(run.state().values.email).toBe('bob@x.io');
    expect(reply).toMatch(/changed/i);
    expect(reply).toMatch(/phone/i);
  });

  it('changes a named field: "change the name to Bob"', async () => {
    const { session, run } = await startSession(leadCapture);
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com', 'skip', 'skip');
    await say(session, 'change the name to Bob');
    expect(run.state().values.full_name).toBe('Bob');
    expect(run.state().current_step_id).toBe('project');
  });

  it('re-asks with examples when it understood nothing', async () => {
    const { session, run } = await startSession(leadCapture);
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com', 'skip', 'skip');
    const reply = await say(session, 'hmm, purple elephants');
    expect(run.state().values.budget).toBeUndefined();
    expect(reply).toMatch(/didn't catch your budget/i);
    expect(reply).toContain('"Over $50,000"');
  });

  it('repeats the last question', async () => {
    const { session } = await startSession(leadCapture);
    await session.greet();
    const asked = await say(session, 'Ann Lee');
    expect(await say(session, 'repeat that')).toBe(asked.replace(/^Got it — [^.]*\.\s*/, ''));
  });

  it('at review, "no" asks what to change, then applies the change', async () => {
    const { session, run } = await startSession(leadCapture);
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com', 'skip', 'skip', 'over 50k', 'next Friday', 'yes');
    expect(run.state().current_step_id).toBe('__review__');
    expect(await say(session, 'no')).toMatch(/what would you like to change/i);
    const reply = await say(session, 'my email is ann@lee.dev');
    expect(run.state().values.email).toBe('ann@lee.dev');
    expect(reply).toMatch(/Here's what I have: .*ann@lee\.dev/);
  });
});

describe('EmbeddedBrain tool errors and confirmations', () => {
  const teamWizard = {
    id: 'team',
    name: 'Team',
    slug: 'team',
    guide: { name: 'Max' },
    steps: [
      {
        id: 'team',
        title: 'Team',
        fields: [
          {
            name: 'team_size',
            label: 'Team size',
            type: 'number' as const,
            required: true,
            validation: { max: 100 },
          },
          { name: 'email', label: 'Email', type: 'email' as const, required: true },
        ],
      },
    ],
  };

  it('reports a refused value in words and re-asks', async () => {
    const { session, run } = await startSession(teamWizard);
    await session.greet();
    const turn = await session.send('500');
    expect(turn.tool_calls[0]?.result.ok).toBe(false);
    expect(run.state().values.team_size).toBeUndefined();
    expect(turn.reply).toMatch(/could you say it again\?/);
    await session.send('12');
    expect(run.state().values.team_size).toBe(12);
  });

  it('says an invalid email in words', async () => {
    const forced: Nlu = {
      ...defaultNlu,
      extractAll: () => [],
      extractForField: (_u, f) => ({ field: f.name, value: 'ann@', confidence: 0.9, extractor: 'test' }),
    };
    const { session } = await startSession(
      { ...teamWizard, steps: [{ ...teamWizard.steps[0]!, fields: [teamWizard.steps[0]!.fields[1]!] }] },
      { nlu: forced },
    );
    await session.greet();
    expect((await session.send('ann at')).reply).toBe(
      "That doesn't look like a valid email address — could you say it again?",
    );
  });

  it('confirms a low-confidence value: "no" clears and re-asks, "yes" keeps it', async () => {
    const unsure: Nlu = {
      ...defaultNlu,
      extractForField: (u, f, ctx) => {
        const c = defaultNlu.extractForField(u, f, ctx);
        return c && f.name === 'company' ? { ...c, confidence: 0.4 } : c;
      },
    };
    const { session, run } = await startSession(leadCapture, { nlu: unsure });
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com', 'skip');
    let reply = await say(session, 'acme');
    expect(run.state().values.company).toBe('acme');
    expect(reply).toBe('Did you mean acme?');
    reply = await say(session, 'no');
    expect(run.state().values.company).toBeUndefined();
    expect(reply).toMatch(/company/i);
    reply = await say(session, 'acme corp');
    expect(reply).toBe('Did you mean acme corp?');
    await say(session, 'yes');
    expect(run.state().values.company).toBe('acme corp');
    expect(run.state().current_step_id).toBe('project');
  });

  it('does not confirm a clear proper name however low its score', async () => {
    const unsure: Nlu = {
      ...defaultNlu,
      extractForField: (u, f, ctx) => {
        const c = defaultNlu.extractForField(u, f, ctx);
        return c && f.name === 'company' ? { ...c, confidence: 0.4 } : c;
      },
    };
    const { session, run } = await startSession(leadCapture, { nlu: unsure });
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com', 'skip');
    const reply = await say(session, 'BrightPath Learning');
    expect(run.state().values.company).toBe('BrightPath Learning');
    expect(reply).not.toMatch(/Did you mean/);
  });
});

describe('EmbeddedBrain and offered values', () => {
  const meeting = {
    id: 'meeting',
    name: 'Meeting',
    slug: 'meeting',
    steps: [
      {
        id: 'when',
        title: 'When',
        fields: [{ name: 'meeting_time', label: 'Meeting time', type: 'time' as const, required: true }],
      },
    ],
  };

  it('takes the value the agent offered when the user accepts it (from history)', async () => {
    const history = [{ role: 'agent' as const, text: 'How about 7 pm?', at: NOW.toISOString() }];
    const { session, run } = await startSession(meeting, {}, history);
    await session.send('yes');
    expect(run.state().values.meeting_time).toBe('19:00');
  });

  it('takes an offered value after observeAgentUtterance', async () => {
    const { session, run, brain } = await startSession(meeting);
    await session.greet();
    brain.observeAgentUtterance('Would 9:30 am work for you?');
    await session.send('sure, that works');
    expect(run.state().values.meeting_time).toBe('09:30');
  });
});

describe('EmbeddedBrain on informational steps', () => {
  it('says the instruction and continues on "ok"', async () => {
    const { session, run } = await startSession({
      id: 'info',
      name: 'Info',
      slug: 'info',
      guide: { name: 'Ida', greeting: 'Welcome!' },
      steps: [
        { id: 'intro', title: 'Before we start', instruction: 'This takes two minutes.' },
        {
          id: 'who',
          title: 'Who',
          fields: [{ name: 'full_name', label: 'Full name', type: 'text', required: true }],
        },
      ],
    });
    expect((await session.greet()).reply).toBe('Welcome! This takes two minutes. Shall we continue?');
    const reply = await say(session, 'ok');
    expect(run.state().current_step_id).toBe('who');
    expect(reply).toMatch(/full name/i);
  });
});

describe('EmbeddedBrain confirmation with a fix', () => {
  it('"no, it\'s Acme Corp" replaces the unsure value', async () => {
    const unsure: Nlu = {
      ...defaultNlu,
      extractForField: (u, f, ctx) => {
        const c = defaultNlu.extractForField(u, f, ctx);
        return c && f.name === 'company' && c.value === 'acme' ? { ...c, confidence: 0.4 } : c;
      },
    };
    const { session, run } = await startSession(leadCapture, { nlu: unsure });
    await session.greet();
    await say(session, 'Ann Lee', 'ann@example.com', 'skip');
    expect(await say(session, 'acme')).toBe('Did you mean acme?');
    const reply = await say(session, "no, it's Acme Corp");
    expect(run.state().values.company).toBe('Acme Corp');
    expect(run.state().current_step_id).toBe('project');
    expect(reply).toMatch(/changed company to Acme Corp/);
  });
});
