import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { splitFreeText } from './text-split.js';

const access = field('access_notes', 'text', {
  label: 'Entry instructions',
  description: 'Buzzer code, concierge, lockbox or where a key is left',
});
const focus = field('job_description', 'textarea', {
  label: 'What should we focus on?',
  description: 'The rooms or problem areas that matter most',
});
const title = field('talk_title', 'text', { label: 'Talk title' });
const abstract = field('abstract', 'textarea', { label: 'Abstract', description: 'What the talk covers' });
const happened = field('what_happened', 'textarea', {
  label: 'What happened?',
  description: 'What went wrong',
});
const steps = field('steps', 'textarea', {
  label: 'Steps to reproduce',
  description: 'How to make it happen again',
});

const horse = field('horse_name', 'text', { label: "Horse's name" });
const care = field('care_notes', 'textarea', { label: 'Care notes', description: 'Feeding and medication' });

describe('splitFreeText', () => {
  it.each<[string, ReturnType<typeof field>[], Record<string, string>]>([
    // a sentence led by a name starts with the name asked
    [
      'Juniper, she is a grey mare, about sixteen hands. Hay twice a day',
      [horse, care],
      { horse_name: 'Juniper, she is a grey mare, about sixteen hands.', care_notes: 'Hay twice a day' },
    ],
    [
      'concierge will let you in, unit 1507',
      [access, focus],
      { access_notes: 'concierge will let you in, unit 1507' },
    ],
    [
      'the lockbox code is 4471. Please focus on the kitchen',
      [access, focus],
      {
        access_notes: 'the lockbox code is 4471.',
        job_description: 'Please focus on the kitchen',
      },
    ],
    [
      'Verifying Smart Contracts Without a PhD',
      [title, abstract],
      { talk_title: 'Verifying Smart Contracts Without a PhD' },
    ],
    [
      'Postgres Is Enough. You probably do not need Kafka. Queues work fine in Postgres.',
      [title, abstract],
      {
        talk_title: 'Postgres Is Enough.',
        abstract: 'You probably do not need Kafka. Queues work fine in Postgres.',
      },
    ],
    // a paragraph is the description, its first sentence too
    [
      'Event sourcing sounds great until your events change shape. This session shows how.',
      [title, abstract],
      {
        abstract: 'Event sourcing sounds great until your events change shape. This session shows how.',
      },
    ],
    [
      'The export button crashed the app. To reproduce, open a report and press export twice.',
      [happened, steps],
      {
        what_happened: 'The export button crashed the app.',
        steps: 'To reproduce, open a report and press export twice.',
      },
    ],
  ])('%s', (utterance, asked, expected) =>
    expect(Object.fromEntries(splitFreeText(utterance, asked) ?? [])).toEqual(expected),
  );

  it('is null for one free-text field or two short ones', () => {
    expect(splitFreeText('Ada Lovelace', [title])).toBeNull();
    expect(splitFreeText('Ada, Acme', [access, title])).toBeNull();
  });
});
