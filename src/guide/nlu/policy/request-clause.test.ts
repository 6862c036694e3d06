import { describe, expect, it } from 'vitest';
import { withoutRequests } from './request-clause.js';

describe('withoutRequests', () => {
  it.each([
    ['hit a deer on hwy 29 need to file a claim', 'hit a deer on hwy 29'],
    ['minor fender bender, want to open a claim', 'minor fender bender'],
    [
      'a rock flew off a truck and cracked my windshield, just need to get it fixed',
      'a rock flew off a truck and cracked my windshield',
    ],
    ["I'd like to book a repair. The door is dented", 'The door is dented'],
    ['we wanna report a break-in', ''],
  ])('%s → %s', (text, rest) => expect(withoutRequests(text)).toBe(rest));
  // guards: past needs, others' wishes and no request at all stay whole
  it.each([
    'I had to swerve and hit the pole',
    'the other car wanted to merge into my lane',
    'the guy needed to stop but did not',
    'my car was stolen out of my apartment complex',
  ])('%s stays', (text) => expect(withoutRequests(text)).toBe(text));
});
