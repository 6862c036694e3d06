import { describe, expect, it } from 'vitest';
import { extractShortText } from './names.js';
import { extractLongText } from './text.js';
import { field } from './test-helpers.js';

describe('extractShortText', () => {
  it.each([
    ["I think I'll name it Herman", 'sidekick_name', 'Herman'],
    ['my name is Jane Doe', 'full_name', 'Jane Doe'],
    ["it's called Acme Corp", 'company_name', 'Acme Corp'],
    ['call it Farah', 'name', 'Farah'],
    ['I work at Globex', 'company', 'Globex'],
    ['Can I get a reservation at Andes Cafe?', 'restaurant_name', 'Andes Cafe'],
    ['Find a restaurant in San Mateo.', 'location', 'San Mateo'],
    ['Philadelphia.', 'origin_city', 'Philadelphia'],
    ['um, well, Herman please', 'name', 'Herman'],
    ['I am leaving from Phoenix and going to Las Vegas on the 12th.', 'origin_city', 'Phoenix'],
    ['I am leaving from Phoenix and going to Las Vegas on the 12th.', 'destination_city', 'Las Vegas'],
    ["I want to visit Chili's Grill & Bar for which I need a cab.", 'destination', "Chili's Grill & Bar"],
    ['I like Asian Fusion. I want something cheap in Oakland', 'category', 'Asian Fusion'],
    ['Please send it to Mahmoud.', 'recipient_name', 'Mahmoud'],
    ['In Oakland I would like to be.', 'location', 'Oakland'],
    ['It will be for 4:15 in the evening and please name it Cleaning.', 'new_alarm_name', 'Cleaning'],
    ["I'd like to go to El Tesoro at 11:45 am.", 'restaurant_name', 'El Tesoro'],
  ])('%s (%s) → %s', (u, name, v) => expect(extractShortText(u, field(name, 'text'))?.value).toBe(v));

  it('lead-ins are confident', () =>
    expect(
      extractShortText('my name is Jane Doe', field('full_name', 'text'))!.confidence,
    ).toBeGreaterThanOrEqual(0.85));
  it('a guess from an ambiguous sentence is not', () => {
    const m = extractShortText(
      'Kuleto and Moe were both there yesterday with Lisa',
      field('restaurant_name', 'text'),
    );
    expect(m?.confidence ?? 0).toBeLessThan(0.6);
  });
});

describe('extractLongText', () => {
  it.each([
    ["well, I'd like it to be a friendly guide for new hires.", 'a friendly guide for new hires'],
    ['Um, it should be about our refund policy. Keep it short!', 'our refund policy. Keep it short!'],
    ['We sell handmade soap', 'We sell handmade soap'],
  ])('%s', (u, v) => expect(extractLongText(u)?.value).toBe(v));
});
