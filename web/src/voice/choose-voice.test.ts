import { describe, expect, it } from 'vitest';
import { chooseVoice, voicePreference } from './choose-voice';

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

  it("derives the gender and, in an English wizard, the accent from the guide's catalogue voice", () => {
    expect(voicePreference({ voice_id: 'warm-calm-female' }, 'en')).toEqual({
      lang: 'en-GB',
      gender: 'female',
    });
    expect(voicePreference({ voice_id: 'pro-british-male' }, 'en')).toEqual({
      lang: 'en-GB',
      gender: 'male',
    });
    expect(voicePreference({ voice_id: 'friendly-american-female' }, 'en')).toEqual({
      lang: 'en-US',
      gender: 'female',
    });
    expect(voicePreference({ voice_id: 'pro-british-male' }, 'en-AU')).toEqual({
      lang: 'en-AU',
      gender: 'male',
    });
    expect(voicePreference({ voice_id: '21m00Tcm4TlvDq8ikWAM' }, 'de')).toEqual({
      lang: 'de',
      gender: undefined,
    });
    expect(voicePreference({}, 'en')).toEqual({ lang: 'en', gender: undefined });
  });
});
