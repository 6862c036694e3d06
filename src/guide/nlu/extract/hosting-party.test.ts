import { describe, expect, it } from 'vitest';
import { hostsSomething } from './hosting-party.js';
import { peopleCount } from './people-count.js';
import { extractAll } from './all.js';
import { ctx, field } from './test-helpers.js';

describe('hostsSomething: the words after a party of the speaker', () => {
  it.each<[string, boolean]>([
    [' are getting married next year', true],
    ["'re getting married in June", true],
    [' will be hosting a dinner', true],
    [' are throwing a surprise party', true],
    [' are organising a conference', true],
    [' organize a yearly meetup', true],
    [' run a small bakery', true],
    [' are tying the knot', true],
    // guard rows: coming, staying, travelling and planning a trip keep the count
    [' are coming', false],
    [' will be travelling', false],
    [' are planning a trip to Rome', false],
    [' would like to book a table', false],
    [', maybe my mum too', false],
    ['', false],
    [' married', false],
  ])('%j → %s', (after, expected) => {
    expect(hostsSomething(after)).toBe(expected);
  });
});

describe('peopleCount: a party that hosts what is booked counts no heads', () => {
  it.each<[string, number | null]>([
    ['My fiancé and I are getting married next year', null],
    ['me and my partner are throwing a party for his 40th', null],
    ['the two of us are organising a conference', null],
    ['my husband, my son and I are hosting a reunion', null],
    // guard rows: the party that comes, or is said on its own, is counted
    ['my wife and I are coming', 2],
    ['it will be me and my wife', 2],
    ['the three of us will be staying', 3],
    ['my husband, my son and me', 3],
    ['my partner and I are planning a trip', 2],
  ])('%s → %s', (text, value) => {
    expect(peopleCount(text)?.value ?? null).toBe(value);
  });
});

describe('extractAll: no guest count from the hosts of the event', () => {
  const guests = field('guest_count', 'number', {
    label: 'Number of guests',
    validation: { min: 1, max: 400 },
  });
  const name = field('organiser_name', 'text', { label: 'Your name' });
  it.each<[string, number | undefined]>([
    ["My fiancé and I are getting married next year and we'd love the Old Mill for the reception", undefined],
    ['my wife and I run a café and want to host our staff party here', undefined],
    // guard rows
    ['it will be me and my wife', 2],
    ['the four of us are coming', 4],
  ])('%s → %s', (text, value) => {
    const got = extractAll(text, [name, guests], ctx).find((c) => c.field === 'guest_count');
    expect(got?.value).toBe(value);
  });
});
