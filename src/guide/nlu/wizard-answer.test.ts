import { describe, expect, it } from 'vitest';
import type { Field } from '../../core/wizard/definition.js';
import {
  answerFromWizard,
  bestClause,
  questionTerms,
  UNKNOWN_ANSWER,
  wizardClauses,
} from './wizard-answer.js';

const field = (f: Partial<Field> & Pick<Field, 'name' | 'label' | 'type'>): Field =>
  ({ required: false, extraction_hints: [], ...f }) as Field;

const fields: Field[] = [
  field({
    name: 'full_name',
    label: 'Full name',
    type: 'text',
    description: 'The name of the person making the booking',
  }),
  field({
    name: 'previous_dentist',
    label: 'Previous dentist',
    type: 'text',
    description: 'The practice you attended before, so we can ask for their records; optional',
  }),
  field({
    name: 'talk_format',
    label: 'Format',
    type: 'single_select',
    description: 'The length and kind of slot the talk needs',
    options: [
      { value: 'session', label: 'Session talk (30 min)', synonyms: [] },
      { value: 'deep-dive', label: 'Deep dive (45 min)', synonyms: ['long talk'] },
    ],
  }),
  field({
    name: 'call_time',
    label: 'Call time',
    type: 'time',
    description: 'A time for a short call with the committee',
  }),
  field({
    name: 'website',
    label: 'Website',
    type: 'url',
    description: 'A personal website, blog or GitHub page, if you have one',
  }),
  field({
    name: 'pets',
    label: 'Any pets?',
    type: 'boolean',
    description: 'Our cleaners are happy around pets but need to know in advance',
  }),
];

const definition = {
  description:
    'Submit a proposal for Dev Days, a two-day conference at the Melbourne Convention Centre (18–19 November): who you are and your talk.',
  steps: [
    {
      instruction: "When suits you? We're open Monday to Friday 8am to 7pm and Saturday 9am to 2pm.",
      fields: fields.slice(0, 3),
    },
    { instruction: 'Parking is free in the basement car park.', fields: fields.slice(3) },
  ],
} as unknown as Parameters<typeof wizardClauses>[0];

const clauses = wizardClauses(definition);

describe('wizardClauses', () => {
  it('splits the texts into sentences and clauses, with option labels', () => {
    expect(clauses).toContain("We're open Monday to Friday 8am to 7pm and Saturday 9am to 2pm.");
    expect(clauses).toContain(
      'Submit a proposal for Dev Days, a two-day conference at the Melbourne Convention Centre (18–19 November)',
    );
    expect(clauses).toContain('Deep dive (45 min)');
    expect(clauses).toContain('The practice you attended before, so we can ask for their records');
  });
});

describe('answerFromWizard', () => {
  it.each([
    ['are you open on saturdays?', "We're open Monday to Friday 8am to 7pm and Saturday 9am to 2pm."],
    [
      'what are your opening hours on a Saturday?',
      "We're open Monday to Friday 8am to 7pm and Saturday 9am to 2pm.",
    ],
    [
      'btw is the conference at the convention centre again this year?',
      'Submit a proposal for Dev Days, a two-day conference at the Melbourne Convention Centre (18–19 November).',
    ],
    [
      'where is the conference?',
      'Submit a proposal for Dev Days, a two-day conference at the Melbourne Convention Centre (18–19 November).',
    ],
    ['is there parking?', 'Parking is free in the basement car park.'],
    ['will you ask for my records?', 'The practice you attended before, so we can ask for their records.'],
    ['are your cleaners ok with pets?', 'Our cleaners are happy around pets but need to know in advance.'],
  ])('%s → %s', (question, answer) => {
    expect(answerFromWizard(question, fields, clauses)).toBe(answer);
  });

  it.each([
    'does the deep dive include time for questions?',
    'do you take credit cards?',
    'is lunch provided at the conference venue?',
    'do you bring your own cleaning supplies?',
  ])('says it does not know: %s', (question) => {
    expect(answerFromWizard(question, fields, clauses)).toBe(UNKNOWN_ANSWER);
  });

  it.each([
    'what are the options again?',
    "what's the difference between the session talk and the deep dive?",
    'is the website required?',
    'what do you mean?',
    'what format?',
    'huh?',
  ])('leaves field questions to the field answer: %s', (question) => {
    expect(answerFromWizard(question, fields, clauses)).toBeNull();
  });
});

describe('questionTerms', () => {
  it.each([
    ['does the deep dive include time for questions?', ['include', 'question']],
    ['are you open on saturdays?', ['open', 'saturday']],
    ['what are the choices for the format?', []],
  ])('%s → %j', (question, terms) => {
    expect(questionTerms(question, fields)).toEqual(terms);
  });
});

describe('bestClause', () => {
  it('is null with no terms or no clause covering half the weight', () => {
    expect(bestClause([], clauses)).toBeNull();
    expect(bestClause(['lunch', 'conference'], clauses)).toBeNull();
    expect(bestClause(['saturday'], [])).toBeNull();
  });
});
