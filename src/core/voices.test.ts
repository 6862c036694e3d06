import { describe, expect, it } from 'vitest';
import { GuideSchema } from './wizard/definition.js';
import { browserVoiceOf } from './voices.js';

describe('the guide voice', () => {
  it('has one setting, voice_id: a former browser-voice gender is read as the catalogue voice of that gender', () => {
    expect(GuideSchema.parse({ name: 'Ada', voice: 'female' })).toEqual({
      name: 'Ada',
      personality: 'friendly and concise',
      voice_id: 'friendly-american-female',
    });
    // A voice id set beside it wins; the former setting is dropped either way.
    expect(GuideSchema.parse({ voice: 'male', voice_id: 'warm-calm-female' })).not.toHaveProperty('voice');
    expect(GuideSchema.parse({ voice: 'male', voice_id: 'warm-calm-female' }).voice_id).toBe(
      'warm-calm-female',
    );
    expect(GuideSchema.safeParse({ voice: 'robot' }).success).toBe(false);
  });

  it('derives the browser voice from the catalogue entry: gender, and the accent in an English wizard', () => {
    expect(browserVoiceOf('pro-british-male', 'en')).toEqual({ lang: 'en-GB', gender: 'male' });
    expect(browserVoiceOf('friendly-american-female', 'en')).toEqual({ lang: 'en-US', gender: 'female' });
    expect(browserVoiceOf('warm-calm-female', 'fr-CA')).toEqual({ lang: 'fr-CA', gender: 'female' });
    expect(browserVoiceOf('elevenlabs:21m00Tcm4TlvDq8ikWAM', 'en')).toEqual({ lang: 'en' });
    expect(browserVoiceOf(undefined, 'de')).toEqual({ lang: 'de' });
  });
});
