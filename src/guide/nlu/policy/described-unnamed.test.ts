import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { defaultNlu } from '../nlu.js';
import { field } from '../extract/test-helpers.js';
import { describedUnnamed, isGuessFor } from './described-unnamed.js';

const ctx = { referenceDate: new Date(2026, 11, 1, 12), defaultRegion: 'US' };

function snapshotOf(steps: Record<string, Field[]>, answered: string[] = []): RunSnapshot {
  return {
    current_step_id: Object.keys(steps)[0],
    fields: Object.entries(steps).flatMap(([step, fs]) =>
      fs.map((f) => ({ name: f.name, step_id: step, answered: answered.includes(f.name), visible: true })),
    ),
  } as unknown as RunSnapshot;
}

describe('describedUnnamed: a description given to a name question', () => {
  const name = field('bot_name', 'text', { label: 'Assistant name', description: "The assistant's name" });
  const handle = field('handle', 'text', { label: 'Handle', description: 'A short identifier' });
  const manner = field('temperament', 'textarea', {
    label: 'Temperament',
    description: 'How it behaves and talks',
  });
  const look = field('look', 'textarea', { label: 'Appearance' });
  const fields = [name, handle, manner, look];
  const snap = snapshotOf({ naming: [name, handle], manner: [manner], look: [look] });

  const run = (text: string, s = snap, asked: Field[] = [name, handle]) => {
    const found = asked.flatMap((f) => defaultNlu.extractForField(text, f, ctx) ?? []);
    return describedUnnamed({
      nlu: defaultNlu,
      utterance: text,
      found: found,
      asked: asked,
      fields: fields,
      snapshot: s,
      extract: ctx,
    });
  };

  it.each([
    'I run a small bakery and I need a helper for customers that is cheerful and a bit cheeky, it always suggests the special',
    'my grandad is learning to use his phone, so something slow and kind that explains every step twice',
    'We coach under-12 football and want an assistant who is upbeat and encouraging and reminds kids about training',
    'honestly just a calm, friendly helper for my clinic that never sounds robotic and keeps answers short',
  ])('%j keeps the temperament', (text) =>
    expect(run(text)).toMatchObject({ field: 'temperament', confidence: expect.any(Number) }),
  );

  it.each([
    'Biscuit',
    'call it Pebble, it is cheerful and a bit cheeky and suggests the special every morning',
    'not sure yet, what would you suggest for a friendly helper at a busy clinic?',
    'something short and sweet',
    'thanks, that sounds great to me',
  ])('%j keeps nothing', (text) => expect(run(text)).toBeNull());

  it('keeps nothing when the temperament was already given', () => {
    const s = snapshotOf({ naming: [name, handle], manner: [manner] }, ['temperament']);
    expect(
      run('I run a small bakery and need a helper that is cheerful and cheeky and suggests the special', s),
    ).toBeNull();
  });

  it("keeps nothing when the question was the temperament's own", () =>
    expect(
      run('a helper that is cheerful and cheeky and always suggests the special of the day', snap, [manner]),
    ).toBeNull());

  it('drops only the guesses for asked free-text fields', () => {
    const guess = { field: 'bot_name', value: 'Monday', confidence: 0.55, extractor: 'proper-noun' };
    const sure = { field: 'bot_name', value: 'Pip', confidence: 0.9, extractor: 'name-lead' };
    const other = { field: 'temperament', value: 'cheerful', confidence: 0.5, extractor: 'x' };
    expect([guess, sure, other].filter((c) => isGuessFor(c, [name, handle]))).toEqual([guess]);
  });
});
