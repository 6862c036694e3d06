import { describe, expect, it } from 'vitest';
import type { Field } from '../../core/wizard/definition.js';
import { fieldQuestion, infoStep, yourLabel } from './replies.js';

const field = (label: string, type: Field['type'] = 'text', extra: Partial<Field> = {}): Field =>
  ({ name: 'f', label, type, required: false, extraction_hints: [], ...extra }) as Field;

describe('fieldQuestion', () => {
  it.each([
    ['Full name', "What's your full name?"],
    ['Email', "What's your email?"],
    ['Your role', "What's your role?"],
    ['About you', 'Tell me about you.'],
    ['Describe your project', 'Describe your project.'],
    ['Tell us about your team.', 'Tell us about your team.'],
    ['Notes', 'Any notes?'],
    ['Other comments', 'Any other comments?'],
    ['Anything else', 'Anything else?'],
    ['How satisfied are you?', 'How satisfied are you?'],
    ['URL', "What's your URL?"],
  ])('asks for “%s” as “%s”', (label, question) => {
    expect(fieldQuestion(field(label), true)).toBe(question);
  });

  it('asks a yes/no question of a boolean and lists the options of a select', () => {
    expect(fieldQuestion(field('I agree to be contacted', 'boolean'), true)).toBe(
      'I agree to be contacted — yes or no?',
    );
    const options = [
      { value: 's', label: 'Small', synonyms: [] },
      { value: 'l', label: 'Large', synonyms: [] },
    ];
    expect(fieldQuestion(field('Team size', 'single_select', { options }), true)).toBe(
      "What's your team size? It can be Small or Large.",
    );
    expect(fieldQuestion(field('Toppings', 'multi_select', { options }), true)).toBe(
      'Which toppings would you like? Pick any of Small and Large.',
    );
  });

  it('asks the question an author wrote as the description, keeping the options and the skip hint', () => {
    const options = [
      { value: 'email', label: 'Email', synonyms: [] },
      { value: 'sms', label: 'Text message', synonyms: [] },
    ];
    const description = 'How should we remind you of appointments?';
    expect(fieldQuestion(field('Reminders', 'single_select', { options, description }), true)).toBe(
      'How should we remind you of appointments? It can be Email or Text message.',
    );
    expect(
      fieldQuestion(
        field('Online', 'boolean', { description: 'Online lessons, or in person at the centre?' }),
        true,
      ),
    ).toBe('Online lessons, or in person at the centre?');
    expect(
      fieldQuestion(field('Notes', 'textarea', { description: 'Anything we should know?' }), false),
    ).toBe('Anything we should know? (This one is optional — say "skip" to leave it out.)');
    expect(fieldQuestion(field('Email', 'email', { description: 'Where we send the quote.' }), true)).toBe(
      "What's your email?",
    );
  });

  it('says an optional field can be skipped', () => {
    expect(fieldQuestion(field('Notes'), false)).toBe(
      'Any notes? (This one is optional — say "skip" to leave it out.)',
    );
  });
});

describe('infoStep', () => {
  it('ends the title or instruction as a sentence before inviting to go on', () => {
    expect(infoStep('Beta', undefined)).toBe('Beta. Shall we continue?');
    expect(infoStep('Welcome', 'Read this first!')).toBe('Read this first! Shall we continue?');
    expect(infoStep('Welcome', '  ')).toBe('Shall we continue?');
  });
});

describe('yourLabel', () => {
  it.each([
    ['Your name', 'name'],
    ['your email address', 'email address'],
    ['Email?', 'email'],
    ['Company', 'company'],
    ['URL of your site', 'URL of your site'],
    ['I agree to be contacted', 'I agree to be contacted'],
    ["I'm over 18", "I'm over 18"],
    ['Ideal start date', 'ideal start date'],
  ])('%s → %s', (label, expected) => {
    expect(yourLabel(label)).toBe(expected);
  });
});
