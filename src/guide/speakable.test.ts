import { describe, expect, it } from 'vitest';
import { speakable } from './speakable.js';

describe('speakable', () => {
  it('drops markdown and keeps the words', () => {
    expect(speakable('**Great!** Your name is `Orbit`. See [the docs](https://x.test).')).toBe(
      'Great! Your name is Orbit. See the docs.',
    );
  });

  it('says a bulleted list of options naturally', () => {
    expect(
      speakable(
        'Pick a voice:\n- Professional British male\n- Friendly American female\n- Warm and calm female',
      ),
    ).toBe('Pick a voice: Professional British male, Friendly American female or Warm and calm female.');
  });

  it('says numbers, money and ordinals as words', () => {
    expect(speakable('Your budget is $30,000 for 3 people; the 2nd option.')).toBe(
      'Your budget is thirty thousand dollars for three people; the second option.',
    );
  });

  it('says an ISO date as a date', () => {
    expect(speakable('The start date is 2026-03-14.')).toBe(
      'The start date is March fourteenth, twenty twenty six.',
    );
  });

  it('says a phone number digit by digit and a clock time as words', () => {
    expect(speakable('Call +1 415 555 0100 at 7:30 pm.')).toBe(
      'Call plus one, four one five, five five five, zero one zero zero at seven thirty PM.',
    );
  });

  it('drops a pause after a sentence end', () => {
    expect(speakable('It was a pleasure! — Farah')).toBe('It was a pleasure! Farah');
  });

  it('drops quotes and brackets, and a dash becomes a pause', () => {
    expect(speakable('Age (This one is optional — say "skip" to leave it out.)')).toBe(
      'Age This one is optional, say skip to leave it out.',
    );
  });
});
