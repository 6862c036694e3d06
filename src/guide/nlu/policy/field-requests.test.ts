import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { withoutOtherFieldRequests } from './field-requests.js';

const notes = field('notes', 'textarea', { label: 'Anything we should know' });
const email = field('email', 'email', { label: 'Email' });
const phone = field('mobile', 'phone', { label: 'Mobile number' });
const when = field('start_date', 'date', { label: 'Start date' });
const fields = [notes, email, phone, when];

describe('withoutOtherFieldRequests', () => {
  it.each([
    ['could you swap my email for the gmail one? tom@gmail.com', 'tom@gmail.com'],
    ['Oh, can u put my mobile as 0412 000 111 instead', ''],
    ['please change the start date. the dog is shy with strangers', 'the dog is shy with strangers'],
    ['wait, would you update my phone number? 0400 123 456', '0400 123 456'],
  ])('%j → %j', (u, want) => expect(withoutOtherFieldRequests(u, notes, fields)).toBe(want));

  it.each([
    'the dog is shy, please knock loudly',
    'can you bring your own vacuum?', // a request naming no other field
    'my email is old so please call instead', // no request opens the sentence
    'could you note that I use a wheelchair',
  ])('%j unchanged', (u) => expect(withoutOtherFieldRequests(u, notes, fields)).toBe(u));

  it('keeps a request that names the field asked', () =>
    expect(
      withoutOtherFieldRequests('can you add to the notes that my email is not checked?', notes, fields),
    ).toBe('can you add to the notes that my email is not checked?'));
});
