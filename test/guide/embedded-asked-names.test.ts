import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A pet-grooming booking: owner (your full name, email), pet (name, species, breed), visit (service, date). */
const grooming = (
  JSON.parse(readFileSync(new URL('./fixtures/pet-grooming.json', import.meta.url), 'utf8')) as {
    wizard: WizardDefinitionInput;
  }
).wizard;

/** Lines that answer the owner's step, so that the pet's name is asked next. */
const OWNER = ['Sam Hill', 'sam@example.com'];

/** The run's values after `lines` are said one by one. */
async function valuesAfter(
  definition: WizardDefinitionInput,
  lines: string[],
): Promise<Record<string, unknown>> {
  const { session, run } = await startSession(definition);
  await session.greet();
  for (const line of lines) await session.send(line);
  return run.state().values;
}

describe("a name said alone to a thing's name question is that name, as said", () => {
  it.each([
    ['ziggy', 'ziggy'],
    ['Ziggy', 'Ziggy'],
    ['its ziggy', 'ziggy'],
    ['lucky', 'lucky'],
    ['bramble', 'bramble'],
    ['mr biscuit', 'mr biscuit'],
    ['whiskers', 'whiskers'],
    ["it's Sir Waffles", 'Sir Waffles'],
  ])('%s → pet_name %s, breed untouched', async (said, name) => {
    const values = await valuesAfter(grooming, [...OWNER, said]);
    expect(values['pet_name']).toBe(name);
    expect(values['breed']).toBeUndefined();
  });

  it.each([
    'hmm',
    'yes',
    'not sure',
    'idk',
    'sure',
    'maybe',
    'hello',
    'what do you mean?',
    'sounds good',
    'later',
  ])('%s is no name', async (said) => {
    const values = await valuesAfter(grooming, [...OWNER, said]);
    expect(values['pet_name']).toBeUndefined();
    expect(values['breed']).toBeUndefined();
  });

  it('an option of another field said alone answers that field, not the name', async () => {
    const values = await valuesAfter(grooming, [...OWNER, 'dog']);
    expect(values['pet_name']).toBeUndefined();
    expect(values['species']).toBe('dog');
  });

  it("the same words asked for the speaker's own name are not taken", async () => {
    const values = await valuesAfter(grooming, ['lucky']);
    expect(values['owner_name']).toBeUndefined();
  });

  it("a sidekick's name said alone, when asked", async () => {
    const sidekick: WizardDefinitionInput = {
      id: 'helper',
      name: 'Helper',
      slug: 'helper',
      guide: { name: 'Ada', personality: 'warm' },
      steps: [
        {
          id: 'who',
          title: 'Your sidekick',
          fields: [
            { name: 'sidekick_name', label: 'Sidekick name', type: 'text', required: true },
            { name: 'role', label: 'Role', type: 'text' },
          ],
        },
      ],
    };
    const values = await valuesAfter(sidekick, ['sparky']);
    expect(values).toEqual({ sidekick_name: 'sparky' });
  });
});

describe("a request's object is what is booked, not the speaker's name", () => {
  it.each([
    ['can I book Bramble in for a groom next week'],
    ["I'd like to get Rex seen on Friday"],
    ['hi there, could you fit Luna in on Tuesday'],
    ['need to bring Pickles in for a bath tomorrow'],
  ])('%s leaves the full name empty', async (said) => {
    const values = await valuesAfter(grooming, [said]);
    expect(values['owner_name']).toBeUndefined();
  });

  it.each([
    ["I'm Sam Hill", 'Sam Hill'],
    ['Sam Hill here, can I book Bramble in for a groom', 'Sam Hill'],
    ['this is Fern Alvarez', 'Fern Alvarez'],
  ])("%s still gives the speaker's name", async (said, name) => {
    const values = await valuesAfter(grooming, [said]);
    expect(values['owner_name']).toBe(name);
  });

  it("the object fills the pet's name when that is asked", async () => {
    const values = await valuesAfter(grooming, [...OWNER, "I'd like to get Rex seen on Friday"]);
    expect(values['pet_name']).toBe('Rex');
    expect(values['owner_name']).toBe('Sam Hill');
  });
});

describe('a title before a name is kept in a full-name field', () => {
  it.each([
    ['Dr. Fern Alvarez', 'Dr. Fern Alvarez'],
    ['Dr Fern', 'Dr Fern'],
    ['Prof. Li Wei', 'Prof. Li Wei'],
    ['Mrs Okafor', 'Mrs Okafor'],
    ["hi, I'm Dr. Fern Alvarez", 'Dr. Fern Alvarez'],
    ['my name is Prof. Li Wei', 'Prof. Li Wei'],
  ])('%s → %s', async (said, name) => {
    const values = await valuesAfter(grooming, [said]);
    expect(values['owner_name']).toBe(name);
  });
});

describe('a named value that corrects itself keeps the corrected words', () => {
  it.each([
    ["hi there, the pet's name is Zig, no wait, make it Ziggy Stardust", 'Ziggy Stardust'],
    ["hello, the pet's name is Bramble, sorry I mean Mr Biscuit", 'Mr Biscuit'],
    // no correction: the whole name stays
    ["hello, the pet's name is Sir Waffles", 'Sir Waffles'],
  ])('%s → pet_name %s', async (said, name) => {
    const values = await valuesAfter(grooming, [...OWNER, said]);
    expect(values['pet_name']).toBe(name);
  });
});
