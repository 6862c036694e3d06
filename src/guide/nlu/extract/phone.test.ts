import { describe, expect, it } from 'vitest';
import { isWrittenDate } from './phone.js';

describe('isWrittenDate', () => {
  it.each<[string, boolean]>([
    ['12-12-2003', true],
    ['23/5/2001', true],
    ['14.11.09', true],
    // GUARD: phone numbers said in groups, mixed separators, a bare run of digits
    ['0423 118 907', false],
    ['0412-660-305', false],
    ['12-12/2003', false],
    ['30917452', false],
  ])('%j: %s', (span, date) => expect(isWrittenDate(span)).toBe(date));
});
