import { describe, expect, it } from 'vitest';
import { snapshotRun } from '../../core/wizard/snapshot.js';
import { leadWizard, startedRun } from './fixture.test-support.js';
import { buildSystemPrompt, formatToday } from './prompt.js';

const now = new Date('2026-03-10T09:00:00Z');

describe('buildSystemPrompt', () => {
  it('describes the guide, the wizard, every step and field', async () => {
    const definition = leadWizard({ greeting: 'Hi, I am Ava.' });
    const run = await startedRun(definition);
    const prompt = buildSystemPrompt(definition, snapshotRun(definition, run.state()), now);

    expect(prompt).toContain('You are Ava');
    expect(prompt).toContain('warm and brief');
    expect(prompt).toContain('"Hi, I am Ava."');
    expect(prompt).toContain('Collect a sales lead for the design studio.');
    expect(prompt).toContain('Step `contact` "Contact details" [CURRENT]');
    expect(prompt).toContain('Instruction: Tell us how to reach you.');
    expect(prompt).toContain('Ask: "What\'s your email address?"');
    expect(prompt).toContain('`email` "Email" (email, required)');
    expect(prompt).toContain('Description: Where we send the proposal.');
    expect(prompt).toContain('Hints: work email preferred');
    expect(prompt).toContain('`full_name` "Full name" (text, optional)');
    expect(prompt).toContain('Options: `small` "Under 10k" (tiny, shoestring); `large` "Over 10k"');
    expect(prompt).toMatch(/`big_notes` "Notes for big projects" \(textarea, optional, hidden/);
  });

  it('states the dialogue acts the embedded guide follows too', async () => {
    const definition = leadWizard();
    const run = await startedRun(definition);
    const prompt = buildSystemPrompt(definition, snapshotRun(definition, run.state()), now);

    expect(prompt).toContain('greetings, thanks, asides ("sorry, one sec") and questions are never values');
    expect(prompt).toContain('clear it with clear_wizard_field');
    expect(prompt).toContain('any acknowledgement in ordinary words');
  });

  it('shows the current state and today', async () => {
    const definition = leadWizard();
    const run = await startedRun(definition);
    await run.dispatch(
      {
        type: 'set_field',
        field: 'email',
        value: 'ann@example.com',
        provenance: { source: 'guide', confidence: 0.4 },
      },
      { actor: 'guide' },
    );
    const prompt = buildSystemPrompt(definition, snapshotRun(definition, run.state()), now);

    expect(prompt).toContain('Today is Tuesday 2026-03-10.');
    expect(prompt).toContain('Current step: `contact` "Contact details".');
    expect(prompt).toContain('`email` = "ann@example.com" [unconfirmed, confidence 0.4]');
    expect(prompt).toContain('Still required on this step: nothing.');
    expect(prompt).toContain('Still required in the whole wizard: `budget`.');
  });

  it('states the rules', async () => {
    const definition = leadWizard();
    const prompt = buildSystemPrompt(
      definition,
      snapshotRun(definition, (await startedRun(definition)).state()),
      now,
    );
    expect(prompt).toContain('Ask one thing at a time');
    expect(prompt).toContain('Call set_wizard_field as soon as the user gives a value');
    expect(prompt).toContain('call set_wizard_field once per field');
    expect(prompt).toContain('If a tool returns ok:false');
    expect(prompt).toContain('ask the user to confirm');
    expect(prompt).toContain('call complete_wizard only after the user confirms');
    expect(prompt).toContain('relative dates');
  });

  it('is deterministic and lists pre-filled notes when given', async () => {
    const definition = leadWizard();
    const snapshot = snapshotRun(definition, (await startedRun(definition)).state());
    expect(buildSystemPrompt(definition, snapshot, now)).toBe(buildSystemPrompt(definition, snapshot, now));
    const withNotes = buildSystemPrompt(definition, snapshot, now, { prefilled: ['email = "a@b.co"'] });
    expect(withNotes).toContain("Already filled from the user's words");
    expect(withNotes).toContain('- email = "a@b.co"');
    expect(buildSystemPrompt(definition, snapshot, now)).not.toContain('Already filled');
  });

  it('formats today in UTC', () => {
    expect(formatToday(new Date('2026-03-14T23:30:00Z'))).toBe('Saturday 2026-03-14');
  });
});
