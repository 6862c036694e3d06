import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { defaultNlu } from '../nlu.js';
import { field } from '../extract/test-helpers.js';
import {
  describedLater,
  descriptionAfterName,
  describedWithName,
  describesCharacter,
} from './described-name.js';

const ctx = { referenceDate: new Date(2026, 11, 1, 12), defaultRegion: 'US' };

describe('descriptionAfterName', () => {
  it.each([
    [" who's gentle and patient with kids", 'gentle and patient with kids'],
    [' that is always cheerful', 'always cheerful'],
    [", he's a grumpy but lovable pirate", 'a grumpy but lovable pirate'],
    ['. She is a cheerful gardener who loves puns', 'a cheerful gardener who loves puns'],
    ['; it should be wise, calm and a little mysterious', 'wise, calm and a little mysterious'],
    [' - calm, upbeat, a bit nerdy', 'calm, upbeat, a bit nerdy'],
    [', a fast-talking sports commentator', 'a fast-talking sports commentator'],
    ["! they're shy around strangers", 'shy around strangers'],
    [", she'd be like a nosy but kind auntie", 'a nosy but kind auntie'],
    [" who'd be like a wise old owl", 'a wise old owl'],
    ['. He should explain physics to kids patiently', 'explain physics to kids patiently'],
    [', she should sound warm and calm, and she must be polite but firm', 'polite but firm'],
    ['. It will always greet people by name', 'greet people by name'],
  ])('%j → %j', (after, want) => expect(descriptionAfterName(after)).toBe(want));

  it.each([
    [''],
    [' and my email is ada@x.io'],
    [', 415-555-0100'],
    [' please'],
    [', thanks!'],
    [' is the name'],
    [', Dog'],
    [', next Friday at 5'],
    [", I'd be happy with that"],
    ['. I should add that later'],
    [', you should ask me first'],
    [', she should sound british'],
    ['. She should have the warm, calm female voice'],
    ['. It should use the default settings'],
  ])('nothing in %j', (after) => expect(descriptionAfterName(after)).toBeNull());
});

describe('describedLater', () => {
  it.each([
    [
      " for my bakery. He should be cheerful and polite. Oh, and he'll always smile",
      'Baxter',
      "cheerful and polite. Oh, and he'll always smile",
    ],
    [' for the shop. Baxter is a bit old-fashioned.', 'Baxter', 'a bit old-fashioned.'],
    [' for the shop. She will always greet people warmly', 'Ada', 'greet people warmly'],
  ])('%j about %s → %j', (after, name, want) => expect(describedLater(after, name)).toBe(want));

  it.each([[' for my bakery.'], [' please. Thanks!'], [' for the shop. I run it with my sister.']])(
    'nothing in %j',
    (after) => expect(describedLater(after, 'Baxter')).toBeNull(),
  );
});

describe('describesCharacter', () => {
  it.each([
    [field('personality_description', 'textarea', { label: 'Personality' }), true],
    [field('temperament', 'textarea', { description: 'How the pet behaves with other animals' }), true],
    [field('notes', 'textarea', { description: "The character's manners and tone" }), true],
    [field('avatar_prompt', 'textarea', { label: 'Avatar description' }), false],
    [field('entry_notes', 'textarea', { label: 'How do we get in?' }), false],
    [field('personality', 'text', { label: 'Personality' }), false],
  ])('%j → %s', (f, want) => expect(describesCharacter(f)).toBe(want));
});

function snapshotOf(steps: Record<string, Field[]>, answered: string[] = []): RunSnapshot {
  return {
    current_step_id: Object.keys(steps)[0],
    fields: Object.entries(steps).flatMap(([step, fs]) =>
      fs.map((f) => ({ name: f.name, step_id: step, answered: answered.includes(f.name), visible: true })),
    ),
  } as unknown as RunSnapshot;
}

describe('describedWithName', () => {
  const name = field('name', 'text', { label: 'Sidekick name', description: "The sidekick's display name" });
  const personality = field('personality_description', 'textarea', {
    label: 'Personality',
    description: "A free description of the sidekick's tone, manners and values",
  });
  const avatar = field('avatar_prompt', 'textarea', { label: 'Avatar description' });
  const voice = field('voice_id', 'single_select', {
    label: 'Voice',
    opts: [
      ['warm', 'Warm and calm female'],
      ['pro', 'Professional British male'],
    ],
  });
  const fields = [name, personality, avatar, voice];
  const snap = snapshotOf({ name: [name], personality: [personality], voice: [voice], avatar: [avatar] });

  const run = (text: string, s = snap, asked: Field[] = [name]) => {
    const found = [
      ...defaultNlu.extractAll(text, fields, ctx),
      defaultNlu.extractForField(text, name, ctx)!,
    ].filter((c) => c);
    return describedWithName({
      nlu: defaultNlu,
      utterance: text,
      found: found,
      asked: asked,
      fields: fields,
      snapshot: s,
      extract: ctx,
    }).map((c) => [c.field, c.value]);
  };

  it.each([
    ['I want a tutor called Professor Maple who is gentle and patient with kids', 'gentle and patient'],
    ["ok let's name it Captain Hook, he's a grumpy but lovable old pirate", 'grumpy but lovable'],
    ['Call it Pixel — curious, playful, a bit of a know-it-all', 'curious, playful'],
    ['Name it Juniper. She is a cheerful gardener who loves bad puns.', 'cheerful gardener'],
    ['Sage; it should be wise, calm and a little mysterious', 'wise, calm and a little mysterious'],
    [
      "I want a sidekick called Baxter for my bakery's website. He should be cheerful and very polite, and always recommend the sourdough. Oh, and he should look like a plump baker",
      'always recommend the sourdough',
    ],
    [
      'call it Juniper for our garden centre. Juniper is patient and a little bit nerdy.',
      'patient and a little',
    ],
    ["it's Rex for the kids' club. Oh and he'll always be a grumpy but lovable pirate", 'grumpy but lovable'],
  ])('%j keeps the personality', (text, words) => {
    const got = run(text);
    expect(got.map((g) => g[0])).toEqual(['personality_description']);
    expect(String(got[0]![1])).toContain(words);
  });

  it.each([
    ['Pixel'],
    ['call it Pixel please'],
    ['call it Pixel, thanks!'],
    ['call it Nova and use the warm and calm female voice'],
    ['call it Nova for our shop. It should be ready by Friday.'],
    ['call it Nova for our shop. My email is ada@x.io'],
  ])('%j keeps nothing', (text) => expect(run(text)).toEqual([]));

  it('keeps nothing when the personality was already given', () => {
    const s = snapshotOf({ name: [name], personality: [personality] }, ['personality_description']);
    expect(run("call it Rex, he's a grumpy pirate", s)).toEqual([]);
  });

  it('keeps nothing when the personality is asked with the name', () => {
    expect(run("call it Rex, he's a grumpy pirate", snap, [name, personality])).toEqual([]);
  });
});

describe('describedWithName when the note is on a later step', () => {
  const name = field('horse_name', 'text', { label: "Horse's name" });
  const kind = field('kind', 'single_select', {
    label: 'Kind of animal',
    opts: [
      ['horse', 'Horse'],
      ['pony', 'Pony'],
    ],
  });
  const breed = field('breed', 'text', { label: 'Breed' });
  const manner = field('manner_notes', 'textarea', { label: 'Behaviour notes' });
  const fields = [name, kind, breed, manner];
  const snap = snapshotOf({ animal: [name, kind, breed], visit: [manner] });

  const run = (text: string, asked: Field[], s = snap) => {
    const found = [
      ...defaultNlu.extractAll(text, fields, ctx),
      defaultNlu.extractForField(text, name, ctx)!,
    ].filter((c) => c);
    return describedWithName({
      nlu: defaultNlu,
      utterance: text,
      found: found,
      asked: asked,
      fields: fields,
      snapshot: s,
      extract: ctx,
    }).map((c) => [c.field, c.value]);
  };

  it.each([
    ["we've a pony called Biscuit, she's a gorgeous welsh cob", 'welsh cob'],
    ['a horse named Flint, he is a gentle irish draught', 'irish draught'],
  ])('%j answers the breed asked on the name step', (text, words) => {
    const got = run(text, [name, breed]);
    expect(got.map((g) => g[0])).toEqual(['breed']);
    expect(String(got[0]![1])).toContain(words);
  });

  it('keeps the later note when no text field of the name step is asked', () => {
    const got = run("a pony called Biscuit, she's a nervous little thing", [name]);
    expect(got.map((g) => g[0])).toEqual(['manner_notes']);
  });

  it('keeps the later note when the breed was already given', () => {
    const s = snapshotOf({ animal: [name, kind, breed], visit: [manner] }, ['breed']);
    expect(
      run("a pony called Biscuit, she's a nervous little thing", [name, breed], s).map((g) => g[0]),
    ).toEqual(['manner_notes']);
  });

  it('keeps the note on the name step itself', () => {
    const s = snapshotOf({ animal: [name, kind, breed, manner] });
    expect(
      run("a pony called Biscuit, she's a nervous little thing", [name, breed], s).map((g) => g[0]),
    ).toEqual(['manner_notes']);
  });

  it('never puts the description in a derived or patterned field asked on the name step', () => {
    const address = field('address', 'text', {
      label: 'Web address',
      derive: { from: 'horse_name', transform: 'slug' },
      validation: { pattern: '^[a-z0-9-]+$' },
    } as Partial<Field>);
    const all = [name, kind, address, manner];
    const s = snapshotOf({ animal: [name, kind, address], visit: [manner] });
    const text = "a pony called Biscuit, she's a nervous little thing";
    const found = [
      ...defaultNlu.extractAll(text, all, ctx),
      defaultNlu.extractForField(text, name, ctx)!,
    ].filter((c) => c);
    const got = describedWithName({
      nlu: defaultNlu,
      utterance: text,
      found,
      asked: [name, address],
      fields: all,
      snapshot: s,
      extract: ctx,
    }).map((c) => c.field);
    expect(got).toEqual(['manner_notes']);
  });
});
