import { describe, expect, it } from 'vitest';
import { fieldAskedAbout, fieldsAskedAbout } from './asked-field.js';
import { field } from './test-helpers.js';

const restaurant = [
  field('restaurant_name', 'text', { description: 'Name of the restaurant' }),
  field('date', 'date', { description: 'Tentative date of restaurant reservation' }),
  field('time', 'time', { description: 'Tentative time of restaurant reservation' }),
  field('number_of_seats', 'single_select', {
    description: 'Number of seats to reserve at the restaurant',
    opts: [
      ['1', '1'],
      ['2', '2'],
    ],
  }),
  field('location', 'text', { description: 'City where the restaurant is located' }),
  field('category', 'text', { description: 'The category of food offered by the restaurant' }),
  field('address', 'text', { description: 'Address of restaurant' }),
];
const flights = [
  field('origin_city', 'text', { description: 'Starting city for the trip' }),
  field('destination_city', 'text', { description: 'Ending city for the trip' }),
  field('departure_date', 'date', { description: 'Start date of the trip' }),
];

describe('fieldAskedAbout', () => {
  it.each([
    ['Which city?', 'location'],
    ['What time?', 'time'],
    ['Which restaurant do you want to go to?', 'restaurant_name'],
    ['Which location do you want to get the reservation at?', 'location'],
    ['For how many people?', 'number_of_seats'],
    ['What kind of food do you want to eat?', 'category'],
    ['On which date?', 'date'],
  ])('%s → %s', (q, name) => expect(fieldAskedAbout(q, restaurant)?.name).toBe(name));
  it('nothing asked', () => expect(fieldAskedAbout('Your table is booked.', restaurant)).toBeNull());
  it('two questions', () =>
    expect(
      fieldsAskedAbout('Which location do you want? What time would you prefer?', restaurant).map(
        (f) => f.name,
      ),
    ).toEqual(['location', 'time']));
  it.each([
    ['Departure city?', 'origin_city'],
    ['Destination city?', 'destination_city'],
    ['What day do you wish to travel?', 'departure_date'],
  ])('%s → %s', (q, name) => expect(fieldAskedAbout(q, flights)?.name).toBe(name));
});

describe('"how many" counts its noun', () => {
  const stay = [
    field('number_of_rooms', 'single_select', {
      description: 'Number of rooms in the booking',
      opts: [
        ['1', '1'],
        ['2', '2'],
      ],
    }),
    field('nights', 'text', { description: 'How many nights the booking is for' }),
    field('party_size', 'number', { label: 'Guests', description: 'Number of people in the booking' }),
  ];
  it.each([
    ['And the booking is for how many nights?', 'nights'],
    ['How many rooms will you need for the booking?', 'number_of_rooms'],
    ['how many guests are coming to the booking?', 'party_size'],
  ])('%s → %s', (q, name) => expect(fieldAskedAbout(q, stay)?.name).toBe(name));
});
