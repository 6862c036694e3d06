import { describe, expect, it } from 'vitest';
import { FieldSchema, type Field } from '../../core/wizard/definition.js';
import {
  detectCommand,
  detectFieldMention,
  fieldNamedIn,
  fieldPhrases,
  isContinue,
  labelAlternatives,
  noPreferenceFields,
} from './intents.js';

const field = (name: string, label: string, type: Field['type'] = 'text'): Field =>
  FieldSchema.parse({ name, label, type });
const fields = [
  field('full_name', 'Full name'),
  field('email', 'Email', 'email'),
  field('phone', 'Phone number', 'phone'),
  field('company_name', 'Company name'),
  field('event_date', 'Date', 'date'),
  field('playback_device', 'Playback device'),
];

describe('detectCommand', () => {
  it.each([
    ['go back', 'back'],
    ['Can we go back, please?', 'back'],
    ['skip', 'skip'],
    ["I'd rather not say", 'skip'],
    ['repeat that', 'repeat'],
    ['sorry, what?', 'repeat'],
    ['start over', 'start_over'],
    ["let's start again", 'start_over'],
    ['help', 'help'],
    ['what can I say?', 'help'],
    ["wait, go back, that date's wrong", 'back'],
    ['hmm, go back a step, I typed the wrong company', 'back'],
    ['go back please, I gave the wrong company', 'back'],
    ['hang on, go back, I want to change the hours', 'back'],
    ['wait, go back, change the date', 'back'],
    // asked as a question by the speaker
    ['wait can I go back a step', 'back'],
    ['hold on, can I go back a step? I just remembered I renewed my card', 'back'],
    ['could I go back one step please', 'back'],
    ['let me go back a step', 'back'],
    ['go back a sec, I want to change the budget', 'back'],
    ['hang on, go back for a moment', 'back'],
  ])('%s → %s', (text, command) => {
    expect(detectCommand(text)).toBe(command);
  });

  it.each([
    'I want to go back to Paris on Friday',
    'Skip Jones',
    'my name is Pat',
    'ok, back, Acme Ltd is the company',
    'sure, I go back to work on Monday, so after that',
    // the change follows with its new value: a correction, read as one
    'wait go back, rename it to Nova Fox',
    'go back, change the date to the 5th',
    'hang on, go back, make it 8 hours',
    'can I go back to work on Monday after this?',
    'I need to go back home first',
    'go back a second time to the venue',
  ])('%s is not a command', (text) => {
    expect(detectCommand(text)).toBeNull();
  });
});

describe('detectFieldMention', () => {
  it('finds "change the name to Bob"', () => {
    expect(detectFieldMention('change the name to Bob', fields)).toMatchObject({
      field: { name: 'full_name' },
      rest: 'Bob',
      correction: true,
    });
  });
  it.each([
    ['change the name to Robin Hale instead', 'Robin Hale'],
    ['change my email to kim@x.io instead, thanks', 'kim@x.io'],
    ['actually the name is Rather Bold', 'Rather Bold'],
  ])('leaves the closing "instead" out of the value: %s', (text, rest) => {
    expect(detectFieldMention(text, fields)?.rest).toBe(rest);
  });
  it.each<[string, string | null, string | null]>([
    ['actually make the name Juno. love that name btw', 'full_name', 'Juno. love that name btw'],
    ['please make the company name Acme Labs', 'company_name', 'Acme Labs'],
    ['make the phone number 0412 555 018', 'phone', '0412 555 018'],
    // "make" before a word that is no new value is no change of value
    ['make the name shorter', null, null],
    ['make the name a bit more fun', null, null],
  ])('reads "make the X Y" without a connector: %s', (text, name, rest) => {
    const mention = detectFieldMention(text, fields);
    expect(mention?.field.name ?? null).toBe(name);
    expect(mention?.rest ?? null).toBe(rest);
  });
  it('finds "actually my email is bob@x.io"', () => {
    expect(detectFieldMention('actually my email is bob@x.io', fields)).toMatchObject({
      field: { name: 'email' },
      rest: 'bob@x.io',
      correction: true,
    });
  });
  it('prefers the longest phrase: "my company name is Acme"', () => {
    expect(detectFieldMention('my company name is Acme', fields)?.field.name).toBe('company_name');
  });
  it('finds a bare "change the phone number" with no value', () => {
    expect(detectFieldMention('change the phone number', fields)).toMatchObject({
      field: { name: 'phone' },
      rest: '',
    });
  });
  it('ignores words that only contain a field phrase', () => {
    expect(detectFieldMention('my emailing days are over', fields)).toBeNull();
    expect(detectFieldMention('the name', fields)).toBeNull();
  });
});

describe('small readers', () => {
  it('isContinue', () => {
    expect(isContinue('ok, next')).toBe(true);
    expect(isContinue('no')).toBe(false);
  });
  it('fieldNamedIn finds the longest phrase anywhere', () => {
    expect(fieldNamedIn('what about the company name?', fields)?.name).toBe('company_name');
    expect(fieldNamedIn('any day is fine', fields)?.name).toBe('event_date');
  });
  it('noPreferenceFields reads "any <field>" and falls back to the asked field', () => {
    const dontCare = (t: string) => /don't (?:care|mind)/i.test(t);
    expect(
      noPreferenceFields('Around New York, any day is fine.', fields, dontCare).map((f) => f.name),
    ).toEqual(['event_date']);
    expect(noPreferenceFields('Play it on any device', fields, dontCare).map((f) => f.name)).toEqual([
      'playback_device',
    ]);
    expect(noPreferenceFields("I don't mind", fields, dontCare, fields[0]).map((f) => f.name)).toEqual([
      'full_name',
    ]);
    expect(noPreferenceFields('Ann Lee', fields, dontCare, fields[0])).toEqual([]);
  });
});

describe('commands inside a sentence', () => {
  it.each([
    ['wait, go back', 'back'],
    ['hang on, go back', 'back'],
    ['hmm before that, can we go back? i want to tweak the personality', 'back'],
    ['go back — I want to change the date', 'back'],
    ["skip that. I don't have one", 'skip'],
    ['could we go back please, the date I gave is off', 'back'],
    ['step back, I mistyped my email', 'back'],
    // "actually" after the command, like "please" after it
    ['hmm go back actually, my boss says we should feed people', 'back'],
    ['skip that actually', 'skip'],
  ])('%s → %s', (utterance, command) => expect(detectCommand(utterance)).toBe(command));
  it.each([
    'ok back. Acme Ltd, about 3k',
    "I'm back now. it's Acme",
    'back. the budget is 5k',
    'okay, back — where were we',
    'well, I need it back by Friday',
    'actually I go back to work on Monday',
  ])('reads "%s" as the person returning, not a step back', (utterance) =>
    expect(detectCommand(utterance)).toBeNull(),
  );
  it('does not read a leading value as a command', () => {
    expect(detectCommand('Saturday 9 May. go ahead')).toBeNull();
  });
});

describe('field phrases and leading fillers', () => {
  const avatar = FieldSchema.parse({ name: 'avatar_prompt', label: 'Avatar description', type: 'textarea' });
  it('names "Avatar description" also "avatar"', () => {
    expect(fieldPhrases(avatar)).toContain('avatar');
  });
  it.each([
    ['Your name', 'your'],
    ['This title', 'this'],
    ['Your style', 'your'],
  ])('guard: %s is not also %j (a determiner names nothing)', (label, word) => {
    const f = FieldSchema.parse({ name: 'x', label, type: 'text' });
    expect(fieldPhrases(f)).not.toContain(word);
    expect(fieldNamedIn('so can your kitchen do it after all?', [f])).toBeUndefined();
  });
  it('reads "hmm wait, the avatar should be …" as a correction of the avatar', () => {
    expect(detectFieldMention('hmm wait, the avatar should be a tiny astronaut cat', [avatar])).toMatchObject(
      {
        field: { name: 'avatar_prompt' },
        rest: 'a tiny astronaut cat',
        correction: true,
      },
    );
  });
});

describe('a field statement asked as a request', () => {
  it('takes the value without the question mark', () => {
    const company = FieldSchema.parse({ name: 'company', label: 'Company', type: 'text' });
    expect(detectFieldMention('could you change the company to Ortega Design Studio?', [company])?.rest).toBe(
      'Ortega Design Studio',
    );
  });
});

describe('detectFieldMention after a lead-in clause', () => {
  const fields: Field[] = [
    { name: 'preferred_time', label: 'Preferred time', type: 'time', required: false, extraction_hints: [] },
    { name: 'preferred_date', label: 'Preferred date', type: 'date', required: false, extraction_hints: [] },
  ];
  it.each([
    [
      'Before I confirm, could you please change the time to 8:30 rather than 8?',
      'preferred_time',
      '8:30 rather than 8',
    ],
    ['one more thing, change the date to the 9th', 'preferred_date', 'the 9th'],
    ['oh and could you update the time to 10', 'preferred_time', '10'],
  ])('%s → %s %j', (u, name, rest) => {
    const m = detectFieldMention(u, fields);
    expect(m?.field.name).toBe(name);
    expect(m?.rest).toBe(rest);
    expect(m?.correction).toBe(true);
  });
  it('a lead-in alone names nothing', () =>
    expect(detectFieldMention('before I confirm, is parking free?', fields)).toBeNull());
});

describe('labelAlternatives: a label of alternatives names each', () => {
  it.each<[string, string[]]>([
    ['Company or affiliation', ['company', 'affiliation']],
    ['Social or profile link', ['social link', 'profile link']],
    ['Phone or email', ['phone', 'email']],
    // no alternatives
    ['Profile link', []],
    ['Order number', []],
  ])('%s → %j', (label, expected) => expect(labelAlternatives(label)).toEqual(expected));
});
