import { describe, expect, it } from 'vitest';
import { requestsWithValue } from './value-request.js';

describe('requestsWithValue', () => {
  it.each([
    ['can you find one in San Jose?', true],
    ['Could you look for flights to Denver?', true],
    ['What else is there? Do you have anything by Ryutaro Nakahara?', true],
    ['does it have one with a pool?', true],
    ['are there any in Napa?', true],
    ['What is the forecast in Hayward?', true],
    ["ok, what's the weather like in Paris?", true],
    // GUARD: questions about the form, the business, the options or why
    ['hi, is this for the Crumb & Co job ad?', false],
    ['is this the Crumb & Co bakery one?', false],
    ["what's the difference between plated and buffet in terms of price?", false],
    ['why do you need my email?', false],
    ['what do you need my email for?', false],
    ['is the deposit refundable if we move the date?', false],
    ['do you share my answers with anyone else?', false],
    ['Can I change the picture later?', false],
    ['do I have to?', false],
    ['is there a maximum?', false],
    ['what does a baker actually do?', false],
  ])('%s → %s', (text, expected) => {
    expect(requestsWithValue(text)).toBe(expected);
  });
});
