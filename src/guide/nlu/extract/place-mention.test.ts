import { describe, expect, it } from 'vitest';
import { isPlaceMention, saidAsPlace } from './place-mention.js';

describe('isPlaceMention', () => {
  it.each([
    ["We're relocating from Chicago to ", 'London'],
    ["We're relocating from ", 'Chicago'],
    ["we're moving to ", 'Tralee'],
    ['I live in ', 'Lagos'],
    ['a flat near ', 'Paris'],
  ])('"%s%s" names a place', (before, value) => expect(isPlaceMention(before, value)).toBe(true));

  it.each([
    ['Please send it to ', 'Mahmoud'],
    ['a table for ', 'Dana'],
    ['yes, with my colleague ', 'Rohan Mehta'],
    ['I booked a checkup for ', 'Tomas'],
    ['transfer 50 dollars to ', 'Jordan'],
    ['I ', 'London'],
  ])('"%s%s" does not', (before, value) => expect(isPlaceMention(before, value)).toBe(false));
});

describe('saidAsPlace', () => {
  it.each([
    ['Hartwell Barn near Stroud, about 90 guests', 'Hartwell Barn'],
    ['Ballynahinch Castle in Connemara, 120 or so', 'Ballynahinch Castle'],
    ['Worsley Park, Manchester, 150 guests', 'Worsley Park'],
    ['Worsley Park, Manchester, 150 guests', 'Worsley Park, Manchester'],
    ['Islington Town Hall, then the reception at a pub, only 35 of us', 'Islington Town Hall'],
    ['The venue is Pendley Manor in Tring.', 'Pendley Manor'],
  ])('"%s" says %s as a place', (u, v) => expect(saidAsPlace(u, v)).toBe(true));
  it.each([
    ["I'm Chloe Whitmore and my fiancé is Tom Ashby", 'Tom Ashby'],
    ['partner Anna Kowalski, mike.d@outlook.com', 'Anna Kowalski'],
    ['my wife, Ngozi Okafor. Her number is 07911 765432', 'Ngozi Okafor'],
    ['Rhys Evans, partner Carys Jones', 'Carys Jones'],
    ['Grace Park, and my email is grace@park.dev', 'Grace Park'],
    ['Sam Hill', 'Sam Hill'],
    ["I'm Ada, my partner Sam Hill is coming too", 'Sam Hill'],
  ])('"%s" says %s as no place', (u, v) => expect(saidAsPlace(u, v)).toBe(false));
});
