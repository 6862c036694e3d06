import { describe, expect, it } from 'vitest';
import { createRunEvent, type RunEvent } from '../../../src/core/events/run-events';
import { REVIEW_STEP_ID } from '../../../src/core/wizard/run-state';
import { builtinWizard } from '../wizards/builtin';
import { timelineEntries } from './timeline';

const definition = builtinWizard('lead-capture')!;
const at = new Date('2026-03-02T10:00:00Z');
const log = (...events: RunEvent[]) => events.map((event, i) => ({ seq: i + 1, event }));
const sentences = (events: RunEvent[], def = definition) =>
  timelineEntries(log(...events), def).map((e) => [e.sentence, e.detail]);

describe('timelineEntries', () => {
  it('names the start step by its title', () => {
    const start = createRunEvent(
      'wizard_start',
      {
        wizard_id: 'w',
        wizard_version: 3,
        step_id: 'contact',
        reference_date: '2026-03-02',
        defaults: {},
        actor: 'form',
      },
      at,
    );
    const [entry] = timelineEntries(log(start), definition);
    expect(entry).toMatchObject({
      seq: 1,
      at: at.toISOString(),
      actorLabel: 'Visitor',
      sentence: 'The run started on “Contact details” (version 3)',
      tone: 'neutral',
    });
  });

  it('says who set which field to what, with the guide’s source words', () => {
    const byGuide = createRunEvent(
      'wizard_field_update',
      {
        field: 'email',
        value: 'ada@example.com',
        actor: 'guide',
        provenance: { source: 'guide', utterance: 'it is ada@example.com' },
      },
      at,
    );
    const changed = createRunEvent(
      'wizard_field_update',
      { field: 'full_name', value: 'Ada King', previous: 'Ada Lovelace', actor: 'form' },
      at,
    );
    const cleared = createRunEvent(
      'wizard_field_update',
      { field: 'company', value: null, actor: 'form' },
      at,
    );
    expect(sentences([byGuide, changed, cleared])).toEqual([
      ['The guide set Email to “ada@example.com”', 'From the words “it is ada@example.com”'],
      ['The visitor changed Full name from “Ada Lovelace” to “Ada King”', undefined],
      ['The visitor cleared Company', undefined],
    ]);
  });

  it('formats values as the player does (choice labels, yes/no)', () => {
    const budget = createRunEvent(
      'wizard_field_update',
      { field: 'budget', value: '20k-50k', actor: 'guide' },
      at,
    );
    const consent = createRunEvent(
      'wizard_field_update',
      { field: 'consent', value: true, actor: 'form' },
      at,
    );
    const [first, second] = sentences([budget, consent]);
    expect(first![0]).toBe('The guide set Budget to “$20,000 – $50,000”');
    expect(second![0]).toMatch(/^The visitor set I agree to be contacted to “Yes”$/);
  });

  it('lists the fields a change cleared through conditions', () => {
    const update = createRunEvent(
      'wizard_field_update',
      { field: 'email', value: 'a@b.co', actor: 'form', cleared: ['phone'] },
      at,
    );
    expect(sentences([update])[0]![1]).toBe('Cleared because their conditions no longer hold: Phone');
  });

  it('describes navigation forwards, backwards, jumps and the review', () => {
    const events = [
      createRunEvent(
        'wizard_step_change',
        { from: 'contact', to: 'company', direction: 'next', actor: 'guide' },
        at,
      ),
      createRunEvent(
        'wizard_step_change',
        { from: 'company', to: 'contact', direction: 'previous', actor: 'form' },
        at,
      ),
      createRunEvent(
        'wizard_step_change',
        { from: 'contact', to: REVIEW_STEP_ID, direction: 'jump', actor: 'form' },
        at,
      ),
    ];
    expect(sentences(events).map(([s]) => s)).toEqual([
      'The guide moved on from “Contact details” to “Company”',
      'The visitor went back from “Company” to “Contact details”',
      'The visitor jumped to the review',
    ]);
  });

  it('describes completion, abandonment and refusals with their tone', () => {
    const entries = timelineEntries(
      log(
        createRunEvent(
          'validation_error',
          {
            command: 'set_field',
            field: 'email',
            value: 'nope',
            problems: [{ field: 'email', message: 'is not an email address' }],
            actor: 'guide',
          },
          at,
        ),
        createRunEvent(
          'wizard_complete',
          { values: { email: 'a@b.co', full_name: 'A' }, actor: 'system' },
          at,
        ),
        createRunEvent('wizard_abandon', { reason: 'changed my mind', actor: 'form' }, at),
      ),
      definition,
    );
    expect(entries.map((e) => [e.sentence, e.detail, e.tone])).toEqual([
      ['The guide was refused a value for Email', 'Email: is not an email address', 'danger'],
      ['The system completed the run with 2 values', undefined, 'success'],
      ['The run was abandoned', 'Reason: “changed my mind”', 'warning'],
    ]);
  });

  it('falls back to raw names when the definition is unknown', () => {
    const update = createRunEvent(
      'wizard_field_update',
      { field: 'email', value: 'a@b.co', actor: 'action' },
      at,
    );
    const step = createRunEvent(
      'wizard_step_change',
      { from: 'x', to: 'y', direction: 'next', actor: 'system' },
      at,
    );
    expect(timelineEntries(log(update, step), undefined).map((e) => e.sentence)).toEqual([
      'An action set email to “a@b.co”',
      'The system moved on from “x” to “y”',
    ]);
  });
});
