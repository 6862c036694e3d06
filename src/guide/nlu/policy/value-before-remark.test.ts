import { describe, expect, it } from 'vitest';
import { valueBeforeRemark } from './value-before-remark.js';

describe('valueBeforeRemark: the words before a remark after a comma, semicolon or dash', () => {
  it.each<[string, string | null]>([
    ['ledger-bot, plain ledger is probably taken', 'ledger-bot'],
    ['Bee - everyone calls her that', 'Bee'],
    ['pip-bot; pip alone is gone', 'pip-bot'],
    // guard rows: no remark, a one-word tail (a list or a name part), a hyphen inside the value
    ['ledger-bot', null],
    ['Bee, Jo', null],
    ['ledger-bot tho', null],
    ['Mary-Jane Watson', null],
  ])('%s → %s', (value, expected) => {
    expect(valueBeforeRemark(value)).toBe(expected);
  });
});
