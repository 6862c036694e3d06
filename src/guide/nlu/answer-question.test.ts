import { describe, expect, it } from 'vitest';
import { FieldSchema } from '../../core/wizard/definition.js';
import { answerQuestion, questionTopic } from './answer-question.js';

const budget = FieldSchema.parse({
  name: 'budget',
  label: 'Budget',
  type: 'single_select',
  required: true,
  extraction_hints: [],
  options: [
    { value: 'low', label: 'Under $5,000' },
    { value: 'high', label: 'Over $5,000' },
  ],
});
const phone = FieldSchema.parse({
  name: 'phone',
  label: 'Phone',
  type: 'phone',
  required: false,
  description: 'So a person can call you back',
  extraction_hints: [],
});
const step = { title: 'Contact', instruction: 'How can we reach you?' };

describe('questionTopic', () => {
  it.each([
    ['what are the options?', 'options'],
    ['sorry what were the spaces again?', 'options'],
    ['do I have to?', 'required'],
    ['why do you need my phone?', 'why'],
    ['what can you do?', 'abilities'],
    ['what is this about?', 'about'],
    ['what are the price bands?', 'options'],
    ['which sizes are there?', 'options'],
    ['what flavours do you have?', 'options'],
    ['what is the deposit?', 'about'],
    // the purpose, whatever the verb before "for"
    ['what do you need my email for?', 'why'],
    ["and what's the website for", 'why'],
    ['what will you do with my number?', 'why'],
    ['how would you use my phone number?', 'why'],
    // leave to give no value
    ['can I skip this one?', 'skip'],
    ['could we leave that blank?', 'skip'],
    ["is it ok if I don't know the exact date yet?", 'skip'],
    ["would it be a problem if I don't have a website?", 'skip'],
    ["what if I can't remember it?", 'skip'],
    ['do you mind if I leave it empty?', 'skip'],
    // the form of an answer
    ['what format do you want the date in?', 'format'],
    ['how should I write the time?', 'format'],
    ['in what form?', 'format'],
    ['like what?', 'format'],
    // whether it is needed
    ['does the time matter?', 'required'],
    ['is the phone number mandatory', 'required'],
    ['is this required?', 'required'],
    ['is a website important?', 'required'],
    // not these
    ['how many can you fit, like what is the max?', 'bounds'],
    ["what's the minimum?", 'bounds'],
    ['is there a maximum?', 'bounds'],
    ['how many can I put?', 'bounds'],
    ['any limit on how many I pick?', 'bounds'],
    ['do you share my answers with anyone else?', 'about'],
    ['do you keep my details on file?', 'about'],
    ['do you need my middle name too?', 'required'],
    ['why do I have to give a phone number?', 'why'],
  ])('%s → %s', (question, topic) => expect(questionTopic(question)).toBe(topic));
});

describe('answerQuestion', () => {
  it('lists the options of a select field by label', () => {
    expect(answerQuestion('options', budget, step, true, 'Sam')).toBe(
      'The choices are Under $5,000 or Over $5,000.',
    );
  });
  it('says why from the field description and that an optional field can be skipped', () => {
    expect(answerQuestion('why', phone, step, false, 'Sam')).toBe(
      'So a person can call you back. It’s optional, so you can also skip it.'.replace('’', "'"),
    );
  });
  it('says whether a field is required', () => {
    expect(answerQuestion('required', budget, step, true, 'Sam')).toMatch(/^Yes, I need your budget/);
    expect(answerQuestion('required', phone, step, false, 'Sam')).toMatch(/^No, it's optional/);
  });
  it('falls back to the step instruction, then to what the guide can do', () => {
    expect(answerQuestion('about', undefined, step, false, 'Sam')).toBe('How can we reach you?');
    expect(answerQuestion('abilities', phone, step, false, 'Sam')).toMatch(/^I'm Sam:/);
  });
});

const eventDate = FieldSchema.parse({
  name: 'event_date',
  label: 'Event date',
  type: 'date',
  required: true,
  extraction_hints: ['e.g. Saturday 12 June 2027'],
});
const guests = FieldSchema.parse({
  name: 'guests',
  label: 'Number of guests',
  type: 'number',
  required: true,
  extraction_hints: [],
  validation: { min: 1, max: 400 },
});
const arrival = FieldSchema.parse({
  name: 'arrival',
  label: 'Arrival time',
  type: 'time',
  required: false,
  extraction_hints: [],
});

describe('answerQuestion about the asked field', () => {
  it.each([
    ['skip', phone, false, /^Yes, it's optional — say "skip"/],
    ['skip', eventDate, true, /^Sorry, I do need your event date to go on\.$/],
    ['skip', budget, true, /^Sorry, I do need your budget/],
    ['required', phone, false, /^No, it's optional/],
    ['required', eventDate, true, /^Yes, I need your event date to go on\.$/],
    ['format', eventDate, true, /^Just say it in your own words\. For example: Saturday 12 June 2027\.$/],
    ['format', guests, true, /for example "12"\. At least 1 and at most 400\.$/],
    ['bounds', guests, true, /^At least 1 and at most 400\.$/],
    ['bounds', eventDate, true, /^Sorry, I don't know that — this form doesn't say\.$/],
    ['format', arrival, false, /For example "7 pm" or "half past nine"\.$/],
    ['why', eventDate, true, /^How can we reach you\?$/],
  ] as const)('%s of %o', (topic, field, required, answer) => {
    expect(answerQuestion(topic, field, step, required, 'Sam')).toMatch(answer);
  });
  it('adds the description to a required field it needs', () => {
    const needed = { ...phone, required: true };
    expect(answerQuestion('skip', needed, step, true, 'Sam')).toBe(
      'Sorry, I do need your phone to go on. So a person can call you back.',
    );
  });
});
