import { describe, expect, it } from 'vitest';
import { WizardDefinitionBaseSchema } from '../../core/wizard/definition.js';
import { checkConversation, replayConversation, turnWhereWrong } from './replay.js';

const wizard = WizardDefinitionBaseSchema.parse({
  id: 'w',
  name: 'Contact',
  slug: 'contact',
  steps: [
    {
      id: 'you',
      title: 'You',
      fields: [
        { name: 'full_name', label: 'Full name', type: 'text', required: true },
        { name: 'email', label: 'Email', type: 'email', required: true },
      ],
    },
  ],
});

describe('checkConversation', () => {
  it('compares values trimmed and case-insensitively, lists as sets, substrings and empty fields', () => {
    const problems = checkConversation(
      { status: 'completed', values: { a: 'X ', b: ['p', 'q'] }, contains: { c: '-06-15' }, absent: ['d'] },
      'completed',
      { a: 'x', b: ['q', 'p'], c: '2027-06-15' },
    );
    expect(problems).toEqual([]);
  });

  it('names each field that differs', () => {
    expect(
      checkConversation({ status: 'completed', values: { a: 'x' }, absent: ['d'] }, 'active', { d: 'y' }),
    ).toEqual([
      'status: expected completed, got active',
      'a: expected "x", got undefined',
      'd: expected empty, got "y"',
    ]);
  });
});

describe('replayConversation', () => {
  it('replays the lines with the embedded guide and checks the end state', async () => {
    const result = await replayConversation(
      wizard,
      ['Ann Lee', 'ann@example.com', 'yes, submit'],
      { status: 'completed', values: { full_name: 'Ann Lee', email: 'ann@example.com' } },
      '2026-03-06',
    );
    expect(result.problems).toEqual([]);
    expect(result.transcript).toHaveLength(3);
    expect(result.transcript[2]!.agent).toMatch(/submitted/);
  });
});

describe('turnWhereWrong', () => {
  const turn = (values: Record<string, unknown>) => ({ user: 'u', agent: 'a', values });
  it('is the last turn that changed the field, or -1 when none set it', () => {
    const transcript = [turn({}), turn({ a: 1 }), turn({ a: 1 }), turn({ a: 2 })];
    expect(turnWhereWrong(transcript, 'a')).toBe(3);
    expect(turnWhereWrong(transcript, 'b')).toBe(-1);
  });
});
