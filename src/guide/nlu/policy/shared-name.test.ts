import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { sharedNameAnswer } from './shared-name.js';

const mobile = field('mobile', 'phone', { label: 'Mobile number' });
const licence = field('licence_number', 'text', { label: 'Licence number' });
const segment = { field: mobile, value: '', start: 0, end: 0, others: [licence] };
const reading =
  (phone: string) =>
  (f: typeof mobile): Candidate =>
    f === mobile
      ? { field: 'mobile', value: phone, confidence: 0.9, extractor: 'phone' }
      : { field: 'licence_number', value: '88213046', confidence: 0.95, extractor: 'pattern' };

describe('sharedNameAnswer', () => {
  it.each<[string, boolean, string]>([
    // an answered mobile and a number that is no valid phone: the other field's code
    ['+6188213046', true, 'licence_number'],
    // GUARD: a valid new mobile corrects the answered one; an unanswered mobile takes what it reads
    ['+61450338972', true, 'mobile'],
    ['+6188213046', false, 'mobile'],
  ])('%s answered %s → %s', (phone, answered, taker) =>
    expect(sharedNameAnswer(segment, reading(phone), () => answered)?.field).toBe(taker),
  );

  it('gives a valid phone to the phone when the asked code only reads an attempt', () => {
    const asked = { field: licence, value: '', start: 0, end: 0, others: [mobile] };
    const read = (f: typeof mobile): Candidate =>
      f === licence
        ? { field: 'licence_number', value: '0412 660 305', confidence: 0.6, extractor: 'pattern-attempt' }
        : { field: 'mobile', value: '+61412660305', confidence: 0.9, extractor: 'phone' };
    expect(sharedNameAnswer(asked, read, () => true)?.field).toBe('mobile');
  });
});
