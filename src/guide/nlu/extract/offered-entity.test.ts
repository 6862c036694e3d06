import { describe, expect, it } from 'vitest';
import { findOfferedEntity, isEntityNameField } from './offered-entity.js';
import { field } from './test-helpers.js';

const restaurant = [
  field('restaurant_name', 'text', { description: 'Name of the restaurant' }),
  field('location', 'text', { description: 'City where the restaurant is located' }),
  field('price_range', 'single_select', {
    opts: [
      ['cheap', 'cheap'],
      ['pricey', 'pricey'],
    ],
  }),
];
const therapist = [
  field('therapist_name', 'text', { description: 'Name of the therapist' }),
  field('type', 'single_select', {
    opts: [
      ['Psychologist', 'Psychologist'],
      ['Family Counselor', 'Family Counselor'],
    ],
  }),
];
const homes = [field('property_name', 'text', { description: 'Name of the apartment' })];
const movies = [field('movie_name', 'text', { description: 'Name of the movie' })];

describe('isEntityNameField', () => {
  it.each([
    [field('restaurant_name', 'text'), true],
    [field('title', 'text'), true],
    [field('x', 'text', { description: 'Name of the hotel' }), true],
    [field('origin_city', 'text'), false],
    [field('destination', 'text', { description: 'Name of the destination' }), false],
    [field('restaurant_name', 'single_select'), false],
  ])('%o → %s', (f, expected) => {
    expect(isEntityNameField(f)).toBe(expected);
  });
});

describe('findOfferedEntity', () => {
  it.each([
    [restaurant, 'I found 10 you might like. How about Bai Thong Thai in San Francisco?', 'Bai Thong Thai'],
    [
      restaurant,
      'Okay, the other nice restaurant I would recommend is The Cask Wine Bar in San Carlos.',
      'Cask Wine Bar',
    ],
    [restaurant, 'Acquerello is a good restaurant in San Francisco', 'Acquerello'],
    [
      restaurant,
      "Confirming: I'm booking a table for 2 at Uncle Yu's At The Vineyard in Livermore, for next Wednesday at 7 pm.",
      "Uncle Yu's At The Vineyard",
    ],
    [
      therapist,
      "I've found a Family Counselor by the name of Morgan Sheryl. This professional is located in San Rafael.",
      'Morgan Sheryl',
    ],
    [therapist, 'Adam E. Pollock is a Psychologist in San Francisco.', 'Adam E. Pollock'],
    [therapist, 'There is a psychologist in Gilroy named Rachelle Coate.', 'Rachelle Coate'],
    [
      homes,
      "There's Otavon Apartments located at 1515 Novato Boulevard # 29. It has 3 bedrooms.",
      'Otavon Apartments',
    ],
    [
      homes,
      'The first is 275 Hawthorne Apartments that is located on 275 Hawthorne Avenue.',
      '275 Hawthorne Apartments',
    ],
    [homes, 'Meadow apartments at 35750 Bettencourt Street # 86, it has 2 bedrooms', null],
    [homes, 'There is Meadow apartments at 35750 Bettencourt Street # 86', 'Meadow apartments'],
    [movies, 'I have 1 movie; Josie and the Pussycats?', 'Josie and the Pussycats'],
    [movies, 'It will cost $7 and the lead actor is Kevin Blatch.', null],
  ])('%#: %s', (fields, line, expected) => {
    expect(findOfferedEntity(line, fields)?.value ?? null).toBe(expected);
  });

  it.each([
    ['The phone number is 707-252-6163 and they are located at 68 Coombs Street # A-1.'],
    ['Your checking account balance is $8,181.52.'],
    ['Reservation made, and yes, they do.'],
    ['Please confirm your visit on March 13th.'],
    ['How about a cheap one in Oakland?'],
  ])('finds nothing in %j', (line) => {
    expect(findOfferedEntity(line, [...restaurant, ...homes.slice(0, 0)], ['Oakland'])).toBeNull();
  });

  it('skips known values and needs exactly one entity field', () => {
    expect(findOfferedEntity('How about Livermore?', restaurant, ['Livermore'])).toBeNull();
    expect(findOfferedEntity('How about Sino?', [...restaurant, ...homes])).toBeNull();
  });
});
