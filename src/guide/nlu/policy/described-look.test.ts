import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { defaultNlu } from '../nlu.js';
import { field } from '../extract/test-helpers.js';
import { describedLook, describesLook, lookIn, withoutLooks } from './described-look.js';

const ctx = { referenceDate: new Date(2026, 11, 1, 12), defaultRegion: 'US' };

describe('lookIn', () => {
  it.each([
    ['Oh, and he should look like a plump cartoon baker with a flour-dusted apron', 'a plump cartoon baker'],
    ["She'll look like a fox in a green scarf.", 'a fox in a green scarf'],
    ['It should look a bit like an old brass robot', 'an old brass robot'],
    ['Pixel should look like a tiny pixel-art dragon!', 'a tiny pixel-art dragon'],
    ['his avatar: a grumpy cat wearing a crown', 'a grumpy cat wearing a crown'],
    ['Her appearance should be a cheerful gardener in wellies', 'a cheerful gardener in wellies'],
    ['maybe a picture of a lighthouse at dusk', 'a lighthouse at dusk'],
  ])('%j → %j', (sentence, words) => expect(lookIn(sentence)).toContain(words));

  it.each([
    ["it looks like I'll be late"],
    ['This looks like a great tool'],
    ['It looks like a good plan'],
    ['He should be cheerful and polite'],
    ['I like the look of it'],
  ])('no look in %j', (sentence) => expect(lookIn(sentence)).toBeNull());
});

describe('describesLook', () => {
  it.each([
    [field('avatar_prompt', 'textarea', { label: 'Avatar description' }), true],
    [field('appearance', 'textarea', { label: 'How it appears', description: 'Its appearance' }), true],
    [field('profile_notes', 'textarea', { label: 'Picture', description: 'What the picture shows' }), true],
    [field('personality_description', 'textarea', { label: 'Personality' }), false],
    [field('avatar', 'text', { label: 'Avatar' }), false],
  ])('%j → %s', (f, want) => expect(describesLook(f)).toBe(want));
});

describe('withoutLooks', () => {
  it('drops the sentences that say a look and keeps the others as said', () =>
    expect(withoutLooks('cheerful and polite. Oh, and he should look like a baker with an apron')).toBe(
      'cheerful and polite.',
    ));
  it('keeps a text with no look as it is', () =>
    expect(withoutLooks('cheerful, a bit old-fashioned')).toBe('cheerful, a bit old-fashioned'));
});

function snapshotOf(steps: Record<string, Field[]>, answered: string[] = []): RunSnapshot {
  return {
    current_step_id: Object.keys(steps)[0],
    fields: Object.entries(steps).flatMap(([step, fs]) =>
      fs.map((f) => ({ name: f.name, step_id: step, answered: answered.includes(f.name), visible: true })),
    ),
  } as unknown as RunSnapshot;
}

describe('describedLook', () => {
  const name = field('name', 'text', { label: 'Sidekick name' });
  const avatar = field('avatar_prompt', 'textarea', {
    label: 'Avatar description',
    description: 'A description of the avatar image',
  });
  const fields = [name, avatar];
  const snap = snapshotOf({ name: [name], avatar: [avatar] });
  const run = (text: string, s = snap, asked: Field[] = [name]) =>
    describedLook({
      nlu: defaultNlu,
      utterance: text,
      found: [],
      asked: asked,
      fields: fields,
      snapshot: s,
      extract: ctx,
    })?.value ?? null;

  it.each([
    [
      'Call it Baxter. He should be polite. Oh, and he should look like a plump cartoon baker',
      'cartoon baker',
    ],
    ['Nova, upbeat and nerdy; she should look like a purple robot with headphones', 'purple robot'],
  ])('%j keeps the look', (text, words) => expect(String(run(text))).toContain(words));

  it('keeps nothing when no look is said', () => expect(run('Call it Baxter, he is polite')).toBeNull());
  it('keeps nothing once the avatar is answered', () =>
    expect(
      run(
        'he should look like a plump baker',
        snapshotOf({ name: [name], avatar: [avatar] }, ['avatar_prompt']),
      ),
    ).toBeNull());
  it('leaves an asked avatar to the usual answer', () =>
    expect(run('he should look like a plump baker', snap, [avatar])).toBeNull());
});
