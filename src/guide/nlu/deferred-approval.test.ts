import { describe, expect, it } from 'vitest';
import { defersApproval } from './deferred-approval.js';

describe('defersApproval', () => {
  it.each([
    "I'll come back and send it later",
    "I'll check with my partner and send it then",
    'let me think, I might submit tomorrow',
    'send it if the price is right',
    "I'll send it once I've checked with my wife",
    'maybe I’ll submit it later',
    'I will submit tomorrow',
    "hold off, I'll send it tonight",
    'can I send it later?',
    'let me sleep on it',
    'probably book it next week',
    'submit it unless my boss says no',
  ])('%s puts sending off', (u) => expect(defersApproval(u)).toBe(true));

  it.each([
    'yes send it',
    'go ahead and send',
    'submit please',
    'looks good, send it',
    'ok submit it now',
    'sure, go ahead',
    'perfect, book it',
    'yes, you may send it',
    'submit it if you can',
    "send it when you're ready",
    "yes go ahead if that's ok",
    'looks good',
    'then send it',
  ])('%s is no putting off', (u) => expect(defersApproval(u)).toBe(false));
});
