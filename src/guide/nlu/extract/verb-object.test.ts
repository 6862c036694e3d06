import { describe, expect, it } from 'vitest';
import { isVerbObject } from './verb-object.js';

describe('isVerbObject', () => {
  it.each([
    ['can I book Bramble in for a groom next week', 'Bramble'],
    ["I'd like to get Rex seen on Friday", 'Rex'],
    ['need to bring Luna in tomorrow', 'Luna'],
    ['could you fit Bramble in on Tuesday', 'Bramble'],
    ['please take Rex for a walk', 'Rex'],
  ])('%s: %s is the object', (s, w) => expect(isVerbObject(s, w)).toBe(true));
  it.each([
    ["I'm Sam Hill", 'Sam Hill'],
    ['this is Sam', 'Sam'],
    ["it's Sam", 'Sam'],
    ['Sam here', 'Sam'],
    ['We are Sam and Jo', 'Sam'],
    ['Fern Alvarez, booking for Bramble', 'Fern Alvarez'],
    ['hello there', 'Nobody'],
  ])('%s: %s is not', (s, w) => expect(isVerbObject(s, w)).toBe(false));
});
