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
