import { describe, expect, it } from 'vitest';
import { chooseVoice } from './choose-voice';

const VOICES = [
  { name: 'Google Deutsch', lang: 'de-DE' },
  { name: 'Daniel', lang: 'en-GB' },
  { name: 'Samantha', lang: 'en-US', default: true },
  { name: 'Alex', lang: 'en-US' },
  { name: 'Google UK English Female', lang: 'en-GB' },
];

describe('chooseVoice', () => {
  it('prefers the exact locale, then the gender the name suggests', () => {
    expect(chooseVoice(VOICES, { lang: 'en-GB', gender: 'female' })?.name).toBe('Google UK English Female');
    expect(chooseVoice(VOICES, { lang: 'en-GB', gender: 'male' })?.name).toBe('Daniel');
    expect(chooseVoice(VOICES, { lang: 'en-US', gender: 'male' })?.name).toBe('Alex');
  });

  it('falls back to the language alone and to the default voice', () => {
    expect(chooseVoice(VOICES, { lang: 'en', gender: 'female' })?.name).toMatch(/Samantha|Female/);
    expect(chooseVoice(VOICES, { lang: 'en-US' })?.name).toBe('Samantha');
    expect(chooseVoice(VOICES, { lang: 'de' })?.name).toBe('Google Deutsch');
    expect(chooseVoice([], { lang: 'en' })).toBeNull();
  });
});
